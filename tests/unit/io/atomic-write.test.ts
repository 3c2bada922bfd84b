// The one atomic write (src/lib/io/atomic-write.ts): whole or not at all, never over a folder it must not replace,
// and no temporary sibling left behind.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomic, writeFolderAtomic } from "../../../src/lib/io/atomic-write.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "io-atomic-"));
  dirs.push(dir);
  return dir;
}
/** A scratch folder holding data/ with one file, old.csv, written by the atomic write itself. */
function oldData(): { dir: string; out: string } {
  const dir = scratch();
  const out = join(dir, "data");
  writeFolderAtomic(out, [["old.csv", "old"]], { replace: true });
  return { dir, out };
}

describe("writeFileAtomic", () => {
  it("writes a new file and replaces an old one, leaving nothing else beside it", () => {
    const dir = scratch();
    const path = join(dir, "a.json");
    writeFileAtomic(path, "one\n");
    writeFileAtomic(path, new Uint8Array([116, 119, 111]));
    expect(readFileSync(path, "utf8")).toBe("two");
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });

  it("leaves the old file and no temporary one when the write fails", () => {
    const dir = scratch();
    const path = join(dir, "a");
    mkdirSync(path);
    expect(() => writeFileAtomic(path, "x")).toThrow();
    expect(readdirSync(dir)).toEqual(["a"]);
  });
});

describe("writeFolderAtomic", () => {
  it("writes a new folder whole, with subfolders, and leaves no temporary folder", () => {
    const dir = scratch();
    writeFolderAtomic(
      join(dir, "out", "2021-03"),
      [
        ["a.csv", "a\n"],
        ["sub/b.json", "{}\n"],
      ],
      { replace: false },
    );
    expect(readdirSync(join(dir, "out"))).toEqual(["2021-03"]);
    expect(readFileSync(join(dir, "out", "2021-03", "sub", "b.json"), "utf8")).toBe("{}\n");
  });

  it("without replace, refuses a folder that exists and leaves it as it was", () => {
    const dir = scratch();
    const out = join(dir, "2020-03");
    mkdirSync(out);
    writeFileSync(join(out, "old"), "old");
    expect(() => writeFolderAtomic(out, [["new", "new"]], { replace: false })).toThrow(/never rewritten/);
    expect(readdirSync(dir)).toEqual(["2020-03"]);
    expect(readdirSync(out)).toEqual(["old"]);
  });

  it("with replace, swaps the old folder out: none of its files survive", () => {
    const { dir, out } = oldData();
    writeFolderAtomic(out, new Map([["new.csv", "new"]]), { replace: true });
    expect(readdirSync(dir)).toEqual(["data"]);
    expect(readdirSync(out)).toEqual(["new.csv"]);
  });

  it("when a file cannot be written, leaves the old folder and removes the temporary one", () => {
    const { dir, out } = oldData();
    expect(() =>
      writeFolderAtomic(
        out,
        [
          ["a", "file"],
          ["a/b", "a file cannot be a folder too"],
        ],
        { replace: true },
      ),
    ).toThrow();
    expect(readdirSync(dir)).toEqual(["data"]);
    expect(readdirSync(out)).toEqual(["old.csv"]);
  });
});
