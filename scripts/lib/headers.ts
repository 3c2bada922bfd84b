// Reads a Netlify/Cloudflare `_headers` file so the local server (and the tests
// that use it) apply the same response headers as the real host would.
// Supported: exact paths and a trailing `*` splat, `#` comments, indented
// `Name: value` lines under each path, and `! Name` (Cloudflare's way of
// detaching a header an earlier rule set). Placeholders (`:slug`) are not used here.

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
      return;
    }
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (current && detach) {
      current.headers.push([`!${detach[1]}`, ""]);
      return;
    }
    const colon = line.indexOf(":");
    if (!current || colon < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path: ${line}`);
    current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  });
  return rules;
}

export function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith("*")) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** Headers for a request path. Like Cloudflare Pages, every matching rule applies and values
 *  of a name given by several rules are joined with ", " (two CSPs both apply); `! Name`
 *  drops what earlier rules gave that name. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (key.startsWith("!")) {
        out.delete(key.slice(1));
        continue;
      }
      const before = out.get(key);
      out.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}
