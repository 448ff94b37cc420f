/** The sha256 of a file, in hex: how the manifest's `indexes` name the file an index was built from. */
export async function sha256(file: string | ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', typeof file === 'string' ? new TextEncoder().encode(file) : file);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
