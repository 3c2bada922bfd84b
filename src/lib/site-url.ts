// The site's public address, read in this one place from the SITE_URL
// environment variable (for example SITE_URL=https://data.example.gov.uk npm run build).
// When it is not set there is no address: citations name no URL and links stay
// relative. Nothing here invents a placeholder domain.
export function siteUrl(env: Record<string, string | undefined> = process.env): URL | null {
  const value = env["SITE_URL"]?.trim();
  if (!value) return null;
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SITE_URL must be an http(s) address, not ${url.protocol}`);
  return url;
}
