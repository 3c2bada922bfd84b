// Debian's Chromium, launched the one way that works here (no sandbox inside the
// container, no GPU, no background requests to Google that would muddy the
// tests' "no third-party requests" check). The browser tests and the benchmark use it.
export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];
