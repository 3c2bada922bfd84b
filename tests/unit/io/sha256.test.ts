// The one SHA-256 (src/lib/io/sha256.ts), pure so the browser can run it, against Node's.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256, sha256Bytes } from "../../../src/lib/io/sha256.ts";

describe("sha256", () => {
  it("agrees with node:crypto on texts and on bytes of every length around a block", () => {
    for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 1000, 70_000]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 255);
      expect(sha256(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (text) => sha256(text) === createHash("sha256").update(text).digest("hex")));
  });

  it("gives the same hash as bytes (for a Content-Security-Policy's base64)", () => {
    for (const text of ["", "abc", "alert('Hello, world.');", "é".repeat(100)]) {
      expect(Buffer.from(sha256Bytes(text)).toString("hex")).toBe(sha256(text));
      expect(Buffer.from(sha256Bytes(text)).toString("base64")).toBe(createHash("sha256").update(text).digest("base64"));
    }
  });
});
