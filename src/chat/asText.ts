/** The page may pass anything as a question or a locale; only text and numbers count. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
