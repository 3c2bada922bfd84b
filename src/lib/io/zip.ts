// A minimal, deterministic ZIP writer and reader (PKWARE APPNOTE 6.3), with no
// I/O and no compression of its own, so it runs in Node and in a browser. The
// caller passes deflate (Node's zlib, for the site's archive: src/lib/io/zip-deflate.ts)
// or none, when every entry is stored (the /publish/ page's bundle, a few
// hundred KB). Every timestamp is the same fixed date and entries keep the
// order given, so the same files always give the same bytes. No ZIP64.

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
}

export type Deflate = (data: Uint8Array) => Uint8Array;
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as ZIP uses it (the IEEE polynomial, reflected). */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// 1 January 1980 00:00, the earliest date MS-DOS time can hold: a fixed stamp
// that says "no real date" rather than pretending to one.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 1 << 11;
const STORED = 0;
const DEFLATED = 8;

function header(size: number, fill: (v: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
}

/** Builds a ZIP archive; deflates an entry (with `deflate`, when given) only when that makes it smaller. */
export function zip(entries: ZipEntry[], deflate?: Deflate): Uint8Array {
  const names = new Set<string>();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`zip: duplicate entry ${entry.name}`);
    if (!entry.name || entry.name.startsWith("/") || entry.name.includes("\\")) throw new Error(`zip: bad entry name ${JSON.stringify(entry.name)}`);
    names.add(entry.name);
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.data);
    const deflated = deflate?.(entry.data);
    const method = deflated && deflated.length < entry.data.length ? DEFLATED : STORED;
    const body = method === DEFLATED && deflated ? deflated : entry.data;
    const common = (v: DataView, at: number) => {
      v.setUint16(at, VERSION, true);
      v.setUint16(at + 2, UTF8_NAMES, true);
      v.setUint16(at + 4, method, true);
      v.setUint16(at + 6, DOS_TIME, true);
      v.setUint16(at + 8, DOS_DATE, true);
      v.setUint32(at + 10, crc, true);
      v.setUint32(at + 14, body.length, true);
      v.setUint32(at + 18, entry.data.length, true);
      v.setUint16(at + 22, name.length, true);
    };
    const local = header(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      common(v, 4);
    });
    central.push(
      header(46, (v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, VERSION, true); // made by: MS-DOS attributes, version 2.0
        common(v, 6);
        v.setUint32(42, offset, true);
      }),
      name,
    );
    parts.push(local, name, body);
    offset += local.length + name.length + body.length;
  }
  const directorySize = central.reduce((n, b) => n + b.length, 0);
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, directorySize, true);
    v.setUint32(16, offset, true);
  });
  return concat([...parts, ...central, end]);
}

/**
 * Reads a ZIP archive's entries through its central directory, checking each one's CRC-32; throws (one line, no
 * contents) on anything it cannot read: not a ZIP, ZIP64, encryption, a method other than stored or deflated.
 */
export function unzip(bytes: Uint8Array, inflate: Inflate): ZipEntry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes unless the archive has a comment (up to 65,535 bytes).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (v.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("not a ZIP file (no end of central directory)");
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== 0x02014b50) throw new Error("damaged ZIP file (central directory)");
    const flags = v.getUint16(at + 8, true);
    const method = v.getUint16(at + 10, true);
    const crc = v.getUint32(at + 16, true);
    const size = v.getUint32(at + 20, true);
    const rawSize = v.getUint32(at + 24, true);
    const nameLength = v.getUint16(at + 28, true);
    const skip = v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const localAt = v.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new Error(`ZIP entry ${name} is encrypted`);
    if (size === 0xffffffff || rawSize === 0xffffffff) throw new Error("ZIP64 archives are not read");
    if (method !== STORED && method !== DEFLATED) throw new Error(`ZIP entry ${name} uses compression method ${method}`);
    if (v.getUint32(localAt, true) !== 0x04034b50) throw new Error(`damaged ZIP file (local header of ${name})`);
    const dataAt = localAt + 30 + v.getUint16(localAt + 26, true) + v.getUint16(localAt + 28, true);
    const body = bytes.subarray(dataAt, dataAt + size);
    const data = method === STORED ? body.slice() : inflate(body, rawSize);
    if (data.length !== rawSize || crc32(data) !== crc) throw new Error(`ZIP entry ${name} is damaged (its checksum does not match)`);
    out.push({ name, data });
    at += 46 + nameLength + skip;
  }
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
