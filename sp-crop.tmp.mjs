import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ viewport: { width: 730, height: 1077 } });
const p = await ctx.newPage();
await p.goto("http://127.0.0.1:4391/");
await p.emulateMedia({ media: "print" });
await p.locator(process.argv[2]).screenshot({ path: "/tmp/sp-crop.png" });
await b.close();
