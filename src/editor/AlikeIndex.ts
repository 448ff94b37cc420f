// Finds, among the questions added so far, the first one alike to a new question, without
// comparing it with them all: what lets faq:misses group a city's month of questions in seconds.

// Two questions are one when this share of their letter pairs is the same (Dice's
// coefficient): it joins "how do i join iclei" and "how to join iclei?", and keeps
// "who founded iclei" apart from "who funds iclei".
const SAME = 0.8;

// How it finds them: prefix filtering with positions (PPJoin, Xiao, Wang, Lin and Yu,
// 2008). A question is the set of its letter pairs, each n-th occurrence of a pair an item
// of its own ("ab" twice is "ab 1" and "ab 2"), so that the items two questions share are
// the letter pairs Dice's coefficient counts. Items are numbered from the rarest to the most
// common, and a question keeps its items in that order. Two questions of n and m items are
// alike when they share k ≥ SAME × (n + m) / 2 items; since k ≤ m, that needs
// k ≥ SAME / (2 − SAME) × n. Two sets that share k items share one among the first
// n − k + 1 items of each: so each question is indexed by its first few (rare) items only,
// and looks up its own first few. Where they meet, the items after that place bound how
// many more they can share, which rules most of them out before they are compared.

export class AlikeIndex {
  /** Item numbers, the rarest first over all the questions the index will see. */
  private readonly numbers = new Map<string, number>();
  /** The items of each question added, in ascending order. */
  private readonly items: Int32Array[] = [];
  /** What the caller calls each question added. */
  private readonly names: number[] = [];
  /** By item: the questions added whose first items hold it, and where, as pairs of numbers. */
  private readonly byItem = new Map<number, number[]>();
  // Per question added, while one is looked up: 1 + the items shared so far, 0 when not met
  // yet, −1 once it cannot be alike. Typed and reused: a lookup meets thousands.
  private readonly shared: Int32Array;
  /** The number of items of each question added. */
  private readonly sizes: Int32Array;
  /** The first question added that has no letter pair (a single letter, or none). */
  private withoutPairs: number | undefined;

  /** An index for these normalized questions: it learns from them which letter pairs are rare. */
  constructor(keys: string[]) {
    const counts = new Map<string, number>();
    for (const key of keys) for (const item of itemNames(key)) counts.set(item, (counts.get(item) ?? 0) + 1);
    const rarestFirst = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    rarestFirst.forEach(([item], number) => this.numbers.set(item, number));
    this.shared = new Int32Array(keys.length);
    this.sizes = new Int32Array(keys.length);
  }

  /** Adds a normalized question, under a name of the caller's (its group's number). */
  add(key: string, name: number): void {
    const items = this.itemsOf(key);
    const question = this.items.length;
    this.items.push(items);
    this.sizes[question] = items.length;
    this.names.push(name);
    if (items.length === 0) this.withoutPairs ??= name;
    for (let position = 0; position < prefixLength(items.length); position++) {
      const list = this.byItem.get(items[position]);
      if (list) list.push(question, position);
      else this.byItem.set(items[position], [question, position]);
    }
  }

  /** The name of the first question added that is alike to this one, if any. */
  firstAlike(key: string): number | undefined {
    const items = this.itemsOf(key);
    const n = items.length;
    if (n === 0) return this.withoutPairs;
    const shared = this.shared;
    const met: number[] = [];
    for (let i = 0, prefix = prefixLength(n); i < prefix; i++) {
      const list = this.byItem.get(items[i]) ?? [];
      for (let at = 0; at < list.length; at += 2) {
        const question = list[at];
        const position = list[at + 1];
        if (shared[question] < 0) continue;
        if (shared[question] === 0) met.push(question), (shared[question] = 1);
        const m = this.sizes[question];
        const possible = shared[question] + Math.min(n - i - 1, m - position - 1);
        shared[question] = 2 * possible >= SAME * (n + m) - 1e-9 ? shared[question] + 1 : -1;
      }
    }
    let first: number | undefined;
    for (const question of met) {
      const alike = shared[question] > 0 && (first === undefined || question < first);
      shared[question] = 0;
      if (!alike) continue;
      const other = this.items[question];
      if ((2 * overlap(items, other)) / (n + other.length) >= SAME) first = question;
    }
    return first === undefined ? undefined : this.names[first];
  }

  // A question the index was not made with has items it never saw: they are shared with no
  // question added, and rarer than any, so they come first.
  private itemsOf(key: string): Int32Array {
    return Int32Array.from(itemNames(key), (item) => this.numbers.get(item) ?? -1 - this.numbers.size).sort();
  }
}

// A question's items: each letter pair, with how many times it came before.
function itemNames(key: string): string[] {
  const seen = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < key.length - 1; i++) {
    const pair = key.slice(i, i + 2);
    const nth = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, nth);
    names.push(`${pair} ${nth}`);
  }
  return names;
}

// How many of a question's first items must be indexed and looked up, for n items: all but
// the fewest it must share to be alike, less one. Rounded so that no alike pair is missed.
function prefixLength(n: number): number {
  return n - Math.floor((SAME / (2 - SAME)) * n - 1e-9) + 1;
}

// The items two ascending lists share.
function overlap(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) shared++, i++, j++;
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
