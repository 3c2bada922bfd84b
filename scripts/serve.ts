// Serves a built site the way a static host does, for the browser tests and the
// benchmark: directory index.html, 404.html with status 404, a redirect from
// /dir to /dir/, content types, gzip when asked for, and the response headers
// from dist/_headers (so the Content Security Policy is in force). Built-ins only.
//   npm run serve -- [dir (default dist)] [--port 4321]
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { headersFor, parseHeaders, type HeaderRule } from "./lib/headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The file a request path maps to, or undefined; never a file outside root. */
function locate(root: string, path: string): { file?: string; redirect?: string } {
  const target = resolve(root, "." + path);
  if (target !== root && !target.startsWith(root + sep)) return {};
  if (!existsSync(target)) return {};
  if (statSync(target).isDirectory()) {
    if (!path.endsWith("/")) return { redirect: path + "/" };
    const index = join(target, "index.html");
    return existsSync(index) ? { file: index } : {};
  }
  return { file: target };
}

function rulesOf(root: string): HeaderRule[] {
  // Read on every request: a rebuild while the server runs is picked up.
  const file = join(root, "_headers");
  return existsSync(file) ? parseHeaders(readFileSync(file, "utf8")) : [];
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = "/\u0000"; // undecodable: treated as missing
  }
  for (const [name, value] of headersFor(rulesOf(root), url.pathname)) res.setHeader(name, value);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
    return;
  }
  const found = path.includes("\u0000") ? {} : locate(root, path);
  if (found.redirect) {
    res.writeHead(301, { location: found.redirect + url.search }).end();
    return;
  }
  let status = 200;
  let file = found.file;
  if (!file) {
    status = 404;
    file = existsSync(join(root, "404.html")) ? join(root, "404.html") : undefined;
  }
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  let body = readFileSync(file);
  res.setHeader("content-type", type);
  if (COMPRESSIBLE.test(type)) {
    res.setHeader("vary", "Accept-Encoding");
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body);
      res.setHeader("content-encoding", "gzip");
    }
  }
  res.setHeader("content-length", body.length);
  res.writeHead(status);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Starts serving root; port 0 picks a free port. */
export function serve(root: string, port = 0, host = "127.0.0.1"): Promise<Running> {
  const dir = resolve(root);
  if (!existsSync(dir)) throw new Error(`serve: ${dir} does not exist (build the site first)`);
  const server: Server = createServer((req, res) => {
    try {
      handle(dir, req, res);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`${String(error)}\n`);
    }
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      done({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections(); // keep-alive sockets would hold close() open
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 4321;
  const dir = args.filter((_, i) => i !== portAt && i !== portAt + 1)[0] ?? "dist";
  const running = await serve(dir, port);
  console.log(`Serving ${resolve(dir)} at ${running.url}/ (Ctrl-C to stop)`);
}
