// What the security headers and the CSP must say, written out here from the
// project's requirements rather than imported from scripts/lib/csp.ts, so the
// tests check the generator instead of repeating it.

const REQUIRED: Record<string, string[]> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};
/** /publish/ reads a council's export: it may connect nowhere and send no form, start only its own worker, and
 *  run WebAssembly (the solver); every other directive is the site's. */
const PUBLISH: Record<string, string[]> = {
  ...REQUIRED,
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "form-action": ["'none'"],
  "connect-src": ["'none'"],
  "worker-src": ["'self'"],
};
const REQUIRED_FOR: Record<string, Record<string, string[]>> = { "/publish/": PUBLISH };

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

export function parsePolicy(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of text.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Everything wrong with a policy; [] when it is the strict one (script and style hashes allowed), or, for a page
 *  with a policy of its own (/publish/), that one. */
export function policyProblems(text: string | null | undefined, form: "header" | "meta", path = "/"): string[] {
  const required = REQUIRED_FOR[path] ?? REQUIRED;
  if (!text) return [`no Content-Security-Policy ${form}`];
  if (text.includes(",")) return [`several policies in one ${form}: ${text}`];
  const problems: string[] = [];
  const policy = parsePolicy(text);
  for (const [name, values] of policy) {
    for (const v of values) {
      if (/^'unsafe-|^\*$|^https?:$|^'strict-dynamic'$/.test(v)) problems.push(`${name} allows ${v}`);
    }
  }
  for (const [name, wanted] of Object.entries(required)) {
    const values = policy.get(name);
    if (form === "meta" && name === "frame-ancestors") {
      if (values) problems.push("frame-ancestors in a <meta> (browsers ignore it there)");
      continue;
    }
    if (!values) {
      problems.push(`${name} missing`);
      continue;
    }
    // Hashes allow one exact inline script or <style> each; nothing else may be added.
    const hashable = name === "script-src" || name === "style-src";
    const extra = values.filter((v) => !wanted.includes(v) && !(hashable && HASH.test(v)));
    const absent = wanted.filter((v) => !values.includes(v));
    if (extra.length || absent.length) problems.push(`${name} is "${values.join(" ")}", want "${wanted.join(" ")}"${hashable ? " (+ sha hashes)" : ""}`);
  }
  return problems;
}

/** The meta must say what the header says, less frame-ancestors. */
/** The meta repeats the header (but frame-ancestors, which a meta cannot carry),
 *  its hashes narrowed to the page's own: every hash it lists is in the header, and
 *  every other source is the header's exactly. */
export function agreementProblems(header: string, meta: string): string[] {
  const h = parsePolicy(header);
  h.delete("frame-ancestors");
  const m = parsePolicy(meta);
  const names = new Set([...h.keys(), ...m.keys()]);
  const isHash = (v: string) => v.startsWith("'sha256-");
  const plain = (vs: string[] | undefined) =>
    (vs ?? [])
      .filter((v) => !isHash(v))
      .sort()
      .join(" ");
  return [...names]
    .filter((n) => plain(h.get(n)) !== plain(m.get(n)) || (m.get(n) ?? []).some((v) => isHash(v) && !(h.get(n) ?? []).includes(v)))
    .map((n) => `${n}: header "${h.get(n)?.join(" ") ?? "(absent)"}" but meta "${m.get(n)?.join(" ") ?? "(absent)"}"`);
}

export function headerProblems(headers: Record<string, string>): string[] {
  const problems: string[] = [];
  if (headers["x-content-type-options"] !== "nosniff") problems.push(`X-Content-Type-Options is ${headers["x-content-type-options"] ?? "missing"}`);
  const referrer = headers["referrer-policy"];
  if (referrer !== "no-referrer" && referrer !== "strict-origin-when-cross-origin") problems.push(`Referrer-Policy is ${referrer ?? "missing"}`);
  const permissions = (headers["permissions-policy"] ?? "").split(",").map((p) => p.trim());
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"]) {
    if (!permissions.includes(feature)) problems.push(`Permissions-Policy lacks ${feature}`);
  }
  if (headers["x-frame-options"] !== "DENY") problems.push(`X-Frame-Options is ${headers["x-frame-options"] ?? "missing"}`);
  // Left out on purpose: each arrival from another site would start a new renderer process (see OTHER_HEADERS).
  if (headers["cross-origin-opener-policy"])
    problems.push(`Cross-Origin-Opener-Policy is sent (${headers["cross-origin-opener-policy"]}); scripts/lib/csp.ts says why it is not`);
  if (headers["set-cookie"]) problems.push(`Set-Cookie: ${headers["set-cookie"]}`);
  return problems;
}
