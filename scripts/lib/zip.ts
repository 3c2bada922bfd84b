// A minimal, deterministic ZIP writer (PKWARE APPNOTE 6.3): one local header
// and data per entry, then the central directory and its end record. Every
// timestamp is the same fixed date and entries keep the order given, so the
// same files always give the same bytes. No ZIP64: the data is a few MB.
import { deflateRawSync } from "node:zlib";

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
}

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

/** Builds a ZIP archive; deflates an entry only when that makes it smaller. */
export function zip(entries: ZipEntry[]): Uint8Array {
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
    const deflated = new Uint8Array(deflateRawSync(entry.data, { level: 9 }));
    const method = deflated.length < entry.data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : entry.data;
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

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
