// The files of a zip archive (an .xlsx workbook is one), read from its central directory
// and unpacked one at a time with a bound: a workbook is untrusted, and a few megabytes of
// zip can unpack to gigabytes.
import { inflateRawSync } from 'node:zlib';

/** One file of an archive, as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** The size it declares once unpacked, in bytes. */
  size: number;
  /** Unpacks it; throws if it unpacks to more than it declares. */
  bytes(): Buffer;
}

/** Thrown for bytes that are not a zip archive this reader takes. */
export class ZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// Sizes of 0xFFFFFFFF say "see the ZIP64 fields": no workbook of an FAQ needs 4 GiB.
const ZIP64 = 0xffffffff;

/** The entries of an archive, without unpacking any. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  // The end record is the last 22 bytes, unless a comment of up to 64 KiB follows it.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('it is not a zip archive, which every .xlsx file is');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipError('its list of parts is damaged');
    const method = zip.readUInt16LE(at + 10);
    const packed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (packed === ZIP64 || size === ZIP64 || local === ZIP64) throw new ZipError(`its part ${name} is over 4 GiB`);
    if (method !== 0 && method !== 8) throw new ZipError(`its part ${name} is packed in a way spreadsheets do not use`);
    entries.push({ name, size, bytes: () => unpack(zip, name, method, local, packed, size) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function unpack(zip: Buffer, name: string, method: number, local: number, packed: number, size: number): Buffer {
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipError(`its part ${name} is damaged`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  if (start + packed > zip.length) throw new ZipError(`its part ${name} is cut short`);
  const data = zip.subarray(start, start + packed);
  if (method === 0) {
    if (packed !== size) throw new ZipError(`its part ${name} is not the size it declares`);
    return data;
  }
  try {
    // Node stops inflating past maxOutputLength: a part that lies about its size ends here.
    const bytes = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
    if (bytes.length !== size) throw new Error();
    return bytes;
  } catch {
    throw new ZipError(`its part ${name} is damaged or larger than it declares`);
  }
}
