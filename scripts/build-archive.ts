// npm run data, last part: the services in the data package, and the archive (src/lib/data-step/run-archive.ts).
import { runArchive } from "../src/lib/data-step/run-archive.ts";

process.exitCode = runArchive(new URL("..", import.meta.url).pathname);
