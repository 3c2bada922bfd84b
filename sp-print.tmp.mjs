import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const ctx = await b.newContext({ viewport: { width: 703, height: 1047 } });
const p = await ctx.newPage();
await p.goto("http://127.0.0.1:4391/");
await p.emulateMedia({ media: "print" });
const h = await p.evaluate(() => document.documentElement.scrollHeight);
console.log("doc height", h);
for (const id of ["reach","children","three-years","school","cost"]) {
  const bb = await p.locator("#"+id).boundingBox(); console.log(id, Math.round(bb.y), Math.round(bb.height), Math.round(bb.width));
}
for (const sel of [".limits", "h1", ".lede", ".dates"]) { const bb = await p.locator(sel).first().boundingBox(); console.log(sel, Math.round(bb.y), Math.round(bb.height)); }
await p.screenshot({ path: "/tmp/sp-printview.png", fullPage: true });
await b.close();
const b2 = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const c2 = await b2.newContext({ viewport: { width: 1100, height: 900 } });
const q = await c2.newPage();
await q.goto("http://127.0.0.1:4391/");
await q.emulateMedia({ media: "print" });
const pdf = await q.pdf({ format: "A4", printBackground: true, path: "/tmp/sp-print.pdf" });
console.log("pdf pages", (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length);
await b2.close();
