// npm run data, first part: Salford's figures (src/lib/data-step/run-site.ts).
import { runSite } from "../src/lib/data-step/run-site.ts";

process.exitCode = runSite(new URL("..", import.meta.url).pathname);
