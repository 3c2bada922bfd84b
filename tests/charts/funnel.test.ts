import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { funnelChart } from "../../src/components/charts/funnel.ts";
import { funnelRows } from "../../src/lib/figures/funnel-rows.ts";
import { renderSvg } from "../../src/lib/plot/render.ts";
import { normalizeSvg } from "./snapshot.ts";

// A small fixed, made-up fixture (not read from data/): five services, one beyond the
// 99.8% limits (Salford, 46 of 60), one below the 95% limits (Service E, 180 of 400).
const units = [
  { label: "Salford", numerator: 46, denominator: 60 },
  { label: "Service B", numerator: 12, denominator: 25 },
  { label: "Service C", numerator: 70, denominator: 120 },
  { label: "Service D", numerator: 5, denominator: 6 },
  { label: "Service E", numerator: 180, denominator: 400 },
];
const rows = funnelRows(units);
const a11y = { id: "f", title: "One service is well above the others", description: "Funnel plot of five services." };
const render = (layout: "narrow" | "wide") => renderSvg(funnelChart(rows, { layout }), a11y);
const dom = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe("funnelChart", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`renders the ${layout} layout`, async () => {
      await expect(normalizeSvg(render(layout))).toMatchFileSnapshot(`__snapshots__/funnel-${layout}.svg`);
    });
  }

  it("is 320 wide when narrow and 640 when wide", () => {
    expect(funnelChart(rows, { layout: "narrow" }).width).toBe(320);
    expect(funnelChart(rows, { layout: "wide" }).width).toBe(640);
  });

  it("numbers every service's dot and names it in the key, and keys the lines and markers in words", () => {
    for (const layout of ["narrow", "wide"] as const) {
      const svg = render(layout);
      units.forEach((u, i) => {
        expect(svg, `${layout}: ${u.label}`).toContain(`>${i + 1}  ${u.label}<`);
        expect(svg, `${layout}: dot ${i + 1}`).toContain(`>${i + 1}<`);
      });
      for (const text of ["All services: 51.2%", "95% limits", "99.8% limits", "Within 95% limits", "Outside 95% limits", "Outside 99.8% limits"]) {
        expect(svg, `${layout}: ${text}`).toContain(`>${text}<`);
      }
    }
  });

  it("draws each limit as a lower and an upper line, 95% dashed and 99.8% dotted, and one centre line", () => {
    const doc = dom(render("wide"));
    const lines = (dash: string | null) =>
      Array.from(doc.querySelectorAll('g[fill="none"]')).filter((g) => g.getAttribute("stroke-dasharray") === dash && g.querySelectorAll("path").length > 1);
    // The key's samples are single-path groups, so only the funnel's own lines count here.
    expect(lines("6,4").map((g) => g.querySelectorAll("path").length)).toEqual([2]);
    expect(lines("1,4").map((g) => g.querySelectorAll("path").length)).toEqual([2]);
    const centre = Array.from(doc.querySelectorAll('g[stroke="#12436D"][fill="none"] > path')).filter((p) => (p.getAttribute("d") ?? "").split("L").length > 2);
    expect(centre).toHaveLength(1);
  });

  it("marks a service beyond a limit with a shape, not colour alone: a triangle pointing its way, ringed beyond 99.8%", () => {
    const doc = dom(render("wide"));
    const triangles = Array.from(doc.querySelectorAll("path[transform*=rotate]"));
    // Salford (above 99.8%) points up, Service E (below 95%) down; the key's two triangles are not rotated.
    expect(triangles.map((t) => /rotate\((\d+)\)/.exec(t.getAttribute("transform")!)?.[1]).sort()).toEqual(["0", "180"]);
    expect(doc.querySelectorAll('circle[r="11"]')).toHaveLength(2); // Salford's ring and the key's
    expect(rows.dots.filter((d) => d.class !== "inside").map((d) => [d.label, d.class])).toEqual([
      ["Salford", "above-99.8"],
      ["Service E", "below-95"],
    ]);
  });

  it("leaves no aria-label on groups (the renderer removes Plot's)", () => {
    expect(render("narrow")).not.toContain("aria-label=");
  });
});
