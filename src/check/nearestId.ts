// An id that is probably what an editor meant: "office-hour" for "office-hours".

/** The id among `ids` that is one or two letters away from `id` (one for ids of six letters or fewer), if there is one. */
export function nearestId(id: string, ids: Iterable<string>): string | undefined {
  const most = id.length <= 6 ? 1 : 2;
  let best: { id: string; distance: number } | undefined;
  for (const other of ids) {
    if (Math.abs(other.length - id.length) > most) continue;
    const distance = editDistance(id, other);
    if (distance > 0 && distance <= most && (!best || distance < best.distance)) best = { id: other, distance };
  }
  return best?.id;
}

// Letters added, removed or changed to go from one text to the other (Levenshtein).
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
