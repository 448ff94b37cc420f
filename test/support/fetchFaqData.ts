// A fetch for unit and component tests that answers from a faq-data folder on disk, with
// optional overrides, as a static server would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

/** Where the data appears to be served from. */
export const DATA_URL = 'https://city.example/faq-data/';

/**
 * Replaces global fetch. `overrides` maps file names to a body, or to null for a 404 and
 * to an Error for a network failure.
 */
export function fetchFaqData(folder = 'faq-data', overrides: Record<string, string | null | Error> = {}) {
  const requested: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => {
    const url = String(input);
    requested.push(url);
    const name = url.startsWith(DATA_URL) ? decodeURIComponent(url.slice(DATA_URL.length)) : url;
    const override = overrides[name];
    if (override instanceof Error) throw override;
    if (override === null) return new Response('not found', { status: 404 });
    if (override !== undefined) return new Response(override);
    try {
      return new Response(readFileSync(join(folder, name), 'utf8'));
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, requested };
}
