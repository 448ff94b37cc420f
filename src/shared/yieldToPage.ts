// Long work (indexing thousands of entries) is cut into slices of a few milliseconds, so
// that the page stays responsive: no task long enough to hurt its INP.

/** How long one slice of work may run before the page gets its turn. */
export const SLICE_MS = 8;

/** Lets the page handle input and paint before work goes on. */
export function yieldToPage(): Promise<void> {
  // The page may define a `scheduler` of its own, whose `yield` is no promise, throws or
  // never settles: a timer goes on in any case, and whichever comes first wins.
  const scheduler = (globalThis as { scheduler?: { yield?: unknown } }).scheduler;
  return new Promise((resolve) => {
    const go = () => resolve();
    setTimeout(go, 0);
    try {
      const yielded = typeof scheduler?.yield === 'function' ? scheduler.yield() : undefined;
      if (yielded instanceof Promise) yielded.then(go, go);
    } catch {}
  });
}

/**
 * A pause to await between steps of long work: it yields to the page whenever the current
 * slice has run for SLICE_MS, and costs nothing otherwise.
 */
export function slicer(): () => Promise<void> | undefined {
  let start = performance.now();
  return () => {
    if (performance.now() - start < SLICE_MS) return;
    return yieldToPage().then(() => {
      start = performance.now();
    });
  };
}
