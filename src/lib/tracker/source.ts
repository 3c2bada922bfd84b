// What the import reads: an export's file names and each file's bytes. Two
// thin adapters make one: node.ts from a folder on disk (the command line),
// browser.ts from the files a person chose in the /publish/ page. Everything
// after this (screening, aggregation, disclosure control, the bundle) is the
// same code on the same bytes, so both give the same bundle.
export interface ExportSource {
  /** The export's file names, sorted; names only, never paths. */
  readonly names: readonly string[];
  /** The bytes of one of `names`, in chunks. */
  read(name: string): AsyncIterable<Uint8Array>;
}

/** A whole file as text, as UTF-8 (bytes that are not UTF-8 become U+FFFD, and a BOM is kept, as node's readFileSync does). */
export async function readText(source: ExportSource, name: string): Promise<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let text = "";
  for await (const chunk of source.read(name)) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
