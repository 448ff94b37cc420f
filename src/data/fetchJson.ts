import { FaqDataError } from './FaqDataError';
import { jsonErrorAt } from './jsonErrorAt';

// A data host that never answers must not leave the widget waiting forever: `ready`
// settles within 30 s (contract section 3), so one file may take at most 10 s, twice, with
// a pause between.
const TIMEOUT_MS = 10_000;
const RETRY_AFTER_MS = 1_000;

/** Fetches and parses one JSON file; see {@link fetchText} and {@link parseJson}. */
export async function fetchJson(url: string): Promise<unknown> {
  return parseJson(await fetchText(url), url);
}

/**
 * Fetches one file's text, turning every failure into a FaqDataError that names it. A
 * network failure, a timeout or a server error is tried once more after a pause.
 */
export async function fetchText(url: string): Promise<string> {
  try {
    return await fetchOnce(url).catch(async (error: unknown) => {
      if (error instanceof FaqDataError && error.final) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
      return fetchOnce(url);
    });
  } catch (error) {
    if (error instanceof FaqDataError) throw error;
    throw new FaqDataError(`${url} could not be loaded (${describe(error)}).`, url);
  }
}

/** Parses a file's text, or names the line and column where it stops being JSON. */
export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const at = jsonErrorAt(text);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new FaqDataError(`${url} is not valid JSON${where}. Run "npm run faq:check" to see the mistake.`, url);
  }
}

async function fetchOnce(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok) {
      // A missing file stays missing; a busy server may answer next time.
      const final = response.status < 500 && response.status !== 408 && response.status !== 429;
      throw new FaqDataError(`${url} could not be loaded (HTTP ${response.status}).`, url, final);
    }
    return await response.text();
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
