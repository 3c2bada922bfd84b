// npm run data, second part: every service's releases (src/lib/data-step/run-services.ts).
// SF_SERVICES=example (npm run build:example) reads the synthetic examples instead of data/services/.
import { runServices } from "../src/lib/data-step/run-services.ts";

process.exitCode = runServices(new URL("..", import.meta.url).pathname, process.env["SF_SERVICES"] === "example" ? "example" : "production");
