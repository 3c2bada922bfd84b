// The one reader of data/: every CSV and JSON file directly in it (not data/services/,
// whose bundles the services step reads), as the pipeline takes them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceFiles } from "../pipeline.ts";
import { parseVocabulary, VOCABULARY_FILE, type Vocabulary } from "../../figures/terms.ts";

/** data/'s files under `root` (the project folder): "data/<name>" → text. */
export function readSources(root: string): SourceFiles {
  const files: SourceFiles = {};
  for (const name of readdirSync(join(root, "data"))) {
    if (name.endsWith(".csv") || name.endsWith(".json")) files[`data/${name}`] = readFileSync(join(root, "data", name), "utf8");
  }
  return files;
}

/** data/vocabulary.csv alone, parsed and checked: for a step that makes figure sets but reads no other source (the services step). */
export function readVocabulary(root: string): Vocabulary {
  return parseVocabulary(readFileSync(join(root, VOCABULARY_FILE), "utf8"));
}
