// /robots.txt: every page may be indexed; the sitemap is named only when the
// site's public address is set (SITE_URL), since it must be absolute.
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) => {
  const lines = ["User-agent: *", "Allow: /", ...(site ? ["", `Sitemap: ${new URL("/sitemap.xml", site).href}`] : [])];
  return new Response(lines.join("\n") + "\n", { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
