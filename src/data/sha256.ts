/**
 * The sha256 of a text, in hex: how the manifest's `indexes` name the file an index was
 * built from, for faq:check to tell when it is out of date.
 */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
