// The one JSON writer, so every JSON file the project publishes has the same layout (one-space indent, "\n" at the end).

/** JSON as a published file: one-space indent, a final newline, keys in the order the value has them (a file whose
 *  objects are built in a fixed order, with no timestamps, comes out byte-identical from the same input). */
export function jsonFile(value: unknown): string {
  return JSON.stringify(value, null, 1) + "\n";
}

/** jsonFile with keys sorted at every level, so equal content gives equal bytes whatever order it was built in
 *  (the tracker's bundles, which the browser and the command line must write alike). */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return jsonFile(sort(value));
}
