import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { crc32, zip, type ZipEntry } from "../../../src/lib/io/zip-deflate.ts";
import { archivable, archiveEntries, FOLDER, readme, wrap } from "../../../src/lib/data-step/publish/archive.ts";

interface Read {
  name: string;
  method: number;
  crc: number;
  /** Year, month, day, hour, minute, second, as the entry records them. */
  date: number[];
  data: Uint8Array;
}

// An independent reader we did not write: Python's zipfile finds the end
// record, walks the central directory and reads each entry, checking its CRC
// (the README lists Python 3 among what the tests need).
const PYTHON_READER = `
import base64, io, json, sys, zipfile
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
print(json.dumps([{"name": i.filename, "method": i.compress_type, "crc": i.CRC, "date": i.date_time, "data": base64.b64encode(z.read(i)).decode()} for i in z.infolist()]))
`;

function readZip(bytes: Uint8Array): Read[] {
  const read = JSON.parse(execFileSync("python3", ["-c", PYTHON_READER], { input: bytes, encoding: "utf8" })) as (Omit<Read, "data"> & { data: string })[];
  return read.map((r) => ({ ...r, data: new Uint8Array(Buffer.from(r.data, "base64")) }));
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
    for (const r of readZip(a)) expect(r.date).toEqual([1980, 1, 1, 0, 0, 0]);
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
