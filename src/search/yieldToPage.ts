// Long work (indexing thousands of entries) is cut into slices of a few milliseconds, so
// that the page stays responsive: no task long enough to hurt its INP.

/** How long one slice of work may run before the page gets its turn. */
export const SLICE_MS = 8;

/** Lets the page handle input and paint before work goes on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
