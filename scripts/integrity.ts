// The Subresource Integrity of a file's bytes, as a page writes it in `integrity`: the build
// gives the loader those of the files it loads, and a release lists those of every script.
import { createHash } from 'node:crypto';

export function integrity(bytes: string | Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
