import { FaqDataError } from './FaqDataError';

// A data host that never answers must not leave the widget waiting forever: `ready`
// settles within 30 s (contract section 3), so one file may take at most a third of that.
const TIMEOUT_MS = 10_000;

/** Fetches and parses one JSON file, turning every failure into a FaqDataError that names it. */
export async function fetchJson(url: string): Promise<unknown> {
  let text: string;
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new FaqDataError(`${url} could not be loaded (HTTP ${response.status}).`, url);
    text = await response.text();
  } catch (error) {
    if (error instanceof FaqDataError) throw error;
    throw new FaqDataError(`${url} could not be loaded (${describe(error)}).`, url);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FaqDataError(`${url} is not valid JSON: ${describe(error)}`, url);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
