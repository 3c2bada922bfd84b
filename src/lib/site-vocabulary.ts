// The site's vocabulary, for what Vite builds: the pages (through load.ts and
// monitoring/load.ts, which make the figure sets) and the /publish/ page's
// worker, which has no data/ folder to read. The text is bundled at build time,
// parsed and checked once here, and handed to whoever makes a set or runs the
// import; the data step reads the same file through its one reader (sources.ts).
import text from "../../data/vocabulary.csv?raw";
import { parseVocabulary } from "./figures/terms.ts";

export const siteVocabulary = parseVocabulary(text);
