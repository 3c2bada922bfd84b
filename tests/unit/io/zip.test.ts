import { createHash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32, zip, type ZipEntry } from "../../../src/lib/io/zip-deflate.ts";
import { archivable, archiveEntries, FOLDER, readme, wrap } from "../../../src/lib/data-step/publish/archive.ts";

interface Read {
  name: string;
  method: number;
  crc: number;
  date: number;
  data: Uint8Array;
}

// An independent reader: find the end record, walk the central directory, and
// follow each entry to its local header and data, as unzip does.
function readZip(bytes: Uint8Array): Read[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(v.getUint32(end, true)).toBe(0x06054b50);
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  expect(at + v.getUint32(end + 12, true)).toBe(end);
  const out: Read[] = [];
  for (let i = 0; i < count; i++) {
    expect(v.getUint32(at, true)).toBe(0x02014b50);
    const method = v.getUint16(at + 10, true);
    const size = v.getUint32(at + 20, true);
    const nameLength = v.getUint16(at + 28, true);
    const extra = v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const local = v.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(v.getUint32(local, true)).toBe(0x04034b50);
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    const body = bytes.subarray(start, start + size);
    const data = method === 8 ? new Uint8Array(inflateRawSync(body)) : body.slice();
    expect(data.length).toBe(v.getUint32(at + 24, true));
    out.push({ name, method, crc: v.getUint32(at + 16, true), date: v.getUint16(at + 14, true), data });
    at += 46 + nameLength + extra;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);
const entries: ZipEntry[] = [
  { name: "a/README.txt", data: text("Read me. ".repeat(200)) },
  { name: "a/tiny.csv", data: text("x\n") },
  { name: "a/ünïcode.json", data: text('{"k":1}') },
];

describe("crc32", () => {
  it("gives the standard check value for '123456789'", () => {
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe("zip", () => {
  it("reads back every entry, in order, with its name, bytes and CRC", () => {
    const read = readZip(zip(entries));
    expect(read.map((r) => r.name)).toEqual(entries.map((e) => e.name));
    read.forEach((r, i) => {
      expect(r.data).toEqual(entries[i]!.data);
      expect(r.crc).toBe(crc32(entries[i]!.data));
    });
  });

  it("deflates what shrinks and stores what would not", () => {
    const [readmeEntry, tiny] = readZip(zip(entries));
    expect(readmeEntry!.method).toBe(8);
    expect(tiny!.method).toBe(0);
  });

  it("is byte-identical on every run and uses one fixed date", () => {
    const a = zip(entries);
    expect(zip(entries)).toEqual(a);
    expect(new Set(readZip(a).map((r) => r.date))).toEqual(new Set([33])); // 1980-01-01
  });

  it("refuses duplicate or absolute names", () => {
    expect(() => zip([entries[0]!, entries[0]!])).toThrow(/duplicate/);
    expect(() => zip([{ name: "/etc/x", data: text("") }])).toThrow(/bad entry name/);
  });
});

describe("archive contents", () => {
  const files = new Map([
    ["b.csv", text("id\n1\n")],
    ["a.json", text("[]\n")],
    ["strengthening-families-data.zip", text("old")],
    [".strengthening-families-data.zip.123", text("scratch")],
  ]);
  const pkg = { title: "T", description: "D", resources: [{ path: "b.csv", title: "Bees", rows: 1 }] };

  it("keeps data files only: never the archive or a scratch file", () => {
    expect([...files.keys()].filter(archivable)).toEqual(["b.csv", "a.json"]);
  });

  it("puts README.txt first, then the files by name, in one folder", () => {
    const names = archiveEntries(files, pkg, "https://example.org").map((e) => e.name);
    expect(names).toEqual([`${FOLDER}/README.txt`, `${FOLDER}/a.json`, `${FOLDER}/b.csv`]);
  });

  it("lists each file with its size and SHA-256 in the README", () => {
    const kept = new Map([...files].filter(([n]) => archivable(n)));
    const t = readme(kept, pkg, "https://example.org");
    for (const [name, data] of kept) {
      expect(t).toContain(`sha256 ${createHash("sha256").update(data).digest("hex")}`);
      expect(t).toContain(`${name}\n`);
    }
    expect(t).toContain("Bees, 1 row, 5 bytes");
    expect(t).toContain("https://example.org/data/");
  });

  it("wraps README paragraphs at 78 columns", () => {
    const lines = wrap("word ".repeat(100));
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(78);
    expect(lines.join(" ")).toBe("word ".repeat(100).trim());
  });
});
