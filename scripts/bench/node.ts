// The Node half of `npm run bench`: index build time and search latency of the widget's
// own index, beside plain MiniSearch and Fuse.js on the same entries.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createFaqIndex } from '../../src/search/FaqIndex';
import type { Entry } from '../../src/data/format';
import { questions, stackfaqCopies } from './stackfaqCopies';

type Engine = { name: string; build: (entries: Entry[]) => Promise<(question: string) => unknown> };

const ENGINES: Engine[] = [
  {
    name: 'widget',
    build: async (entries) => {
      const index = await createFaqIndex(entries, 'en');
      return (question) => index.search(question);
    },
  },
  {
    name: 'plain MiniSearch',
    build: async (entries) => {
      const engine = new MiniSearch<Entry>({ fields: ['question', 'answer'] });
      engine.addAll(entries);
      return (question) => engine.search(question);
    },
  },
  {
    name: 'Fuse.js',
    build: async (entries) => {
      const fuse = new Fuse(entries, { keys: ['question', 'answer'] });
      return (question) => fuse.search(question, { limit: 10 });
    },
  },
];

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];

export async function benchNode(sizes: number[]): Promise<string[][]> {
  const rows: string[][] = [];
  for (const size of sizes) {
    const entries = stackfaqCopies(size);
    for (const engine of ENGINES) {
      // Fuse.js scans every entry per question: fewer questions keep the bench short.
      const asked = engine.name === 'Fuse.js' && size >= 10_000 ? questions.slice(0, 60) : questions.slice(0, 300);
      // Building varies from run to run (the collector, the JIT): the median of three, after
      // one more that warms up the engine's code, so that the first engine and size measured
      // pay no more than the others.
      const builds: number[] = [];
      let search: (question: string) => unknown = await engine.build(entries);
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        search = await engine.build(entries);
        builds.push(performance.now() - start);
      }
      const built = builds.sort((a, b) => a - b)[1];
      const times = asked
        .map((question) => {
          const before = performance.now();
          search(question);
          return performance.now() - before;
        })
        .sort((a, b) => a - b);
      rows.push([String(size), engine.name, built.toFixed(0), percentile(times, 0.5).toFixed(2), percentile(times, 0.95).toFixed(2)]);
    }
  }
  return rows;
}
