import { afterAll, it, inject } from "vitest";
import { useBrowser, watchedPage, type Watched } from "./browser.ts";
import { drawDeferred } from "./probes.ts";
const browser = useBrowser();
const opened: Watched[] = [];
afterAll(async () => { for (const w of opened) await w.context.close(); });
it("probe", async () => {
  const w = await watchedPage(browser(), { javaScript: false, width: 390 }, inject("baseUrl"));
  opened.push(w);
  await w.page.setViewportSize({ width: 390, height: 844 });
  await w.page.goto(`${inject("baseUrl")}${"/"}`, { waitUntil: "load" });
  await w.page.evaluate(drawDeferred);
  const out = await w.page.evaluate(() => {
    const lines: string[] = [`total ${document.documentElement.scrollHeight}`];
    const walk = (el: Element, depth: number) => {
      const r = el.getBoundingClientRect();
      if (r.height < 1) return;
      lines.push(`${"  ".repeat(depth)}${el.tagName.toLowerCase()}.${[...el.classList].join(".")}#${el.id} top=${Math.round(r.top + scrollY)} h=${Math.round(r.height)} ${(el.textContent ?? "").trim().slice(0, 50).replace(/\s+/g, " ")}`);
      if (depth < 5) for (const c of el.children) walk(c, depth + 1);
    };
    walk(document.querySelector("main")!, 0);
    return lines.join("\n");
  });
  console.log(out);
});
