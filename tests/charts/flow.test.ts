import { describe, expect, it } from "vitest";
import { flowChart, flowLayout, flowListBars } from "../../src/components/charts/flow.ts";
import { renderSvg } from "../../src/lib/plot/render.ts";
import { normalizeSvg } from "./snapshot.ts";
import { flowLines } from "../fixtures/flows.ts";

// A small fixed fixture in the shape of the child status diagram (not read from
// data/, so the snapshot changes only when the chart code does).
const flows = flowLines(
  "t",
  `Looked after child → Looked after child: 4
   Looked after child → Universal Services: 2
   Child Protection Plan → Looked after child: 2
   Child Protection Plan → Universal Services: 14
   Child in Need → Early Help: 1`,
);
const options = { fromHeading: "Within three months of birth", toHeading: "When the case closed" };
const a11y = { id: "f", title: "Most children moved to universal services", description: "Flow chart." };

describe("flowLayout", () => {
  const { nodes, links } = flowLayout(flows);

  it("makes each bar as tall as its count and fills it exactly with its bands", () => {
    // Three statuses on each side of the fixture.
    expect(nodes.map((n) => n.side).sort()).toEqual(["from", "from", "from", "to", "to", "to"]);
    for (const n of nodes) {
      const mine = links.filter((l) => (n.side === "from" ? l.from : l.to) === n.status);
      expect(mine.reduce((s, l) => s + l.width, 0)).toBeCloseTo(n.y1 - n.y0);
      for (const l of mine) {
        const y = n.side === "from" ? l.ya : l.yb;
        expect(y - l.width / 2).toBeGreaterThanOrEqual(n.y0 - 1e-9);
        expect(y + l.width / 2).toBeLessThanOrEqual(n.y1 + 1e-9);
      }
    }
  });

  it("keeps bands proportional to counts", () => {
    const one = links.find((l) => l.value === 1)!;
    const big = links.find((l) => l.value === 14)!;
    expect(big.width / one.width).toBeCloseTo(14);
  });

  it("stacks bands without overlap where they meet a bar", () => {
    const into = links.filter((l) => l.to === "Universal Services").sort((a, b) => a.yb - b.yb);
    expect(into[0]!.yb + into[0]!.width / 2).toBeCloseTo(into[1]!.yb - into[1]!.width / 2);
  });

  it("respects a preferred order of statuses", () => {
    const { nodes: n2 } = flowLayout(flows, undefined, ["Universal Services", "Early Help", "Looked after child"]);
    const right = n2
      .filter((n) => n.side === "to")
      .sort((a, b) => a.y0 - b.y0)
      .map((n) => n.status);
    expect(right).toEqual(["Universal Services", "Early Help", "Looked after child"]);
  });
});

describe("flowChart", () => {
  for (const layout of ["narrow", "wide"] as const) {
    it(`renders the ${layout} layout`, async () => {
      const svg = renderSvg(flowChart(flows, { layout, ...options }), a11y);
      await expect(normalizeSvg(svg)).toMatchFileSnapshot(`__snapshots__/flow-${layout}.svg`);
    });
  }

  it("labels every status with its count and every band with its number", () => {
    const svg = renderSvg(flowChart(flows, { layout: "wide", ...options }), a11y);
    for (const text of ["6 Looked after child", "16 Child Protection Plan", "16 Universal Services", "1 Early Help", "Within three months of birth"])
      expect(svg).toContain(`>${text}<`);
    for (const n of ["4", "2", "14", "1"]) expect(svg).toContain(`>${n}</text>`);
  });

  it("keeps the wide chart 640 wide and the narrow one 320", () => {
    expect(flowChart(flows, { layout: "wide", ...options }).width).toBe(640);
    expect(flowChart(flows, { layout: "narrow", ...options }).width).toBe(320);
  });

  it("lists every band in words on narrow screens, grouped by start status", () => {
    const bars = flowListBars(flows);
    expect(bars).toHaveLength(flows.length);
    expect(bars.map((b) => `${b.category} ${b.series}: ${b.label}`)).toEqual([
      "6 Looked after child → Looked after child: 4",
      "6 Looked after child → Universal Services: 2",
      "16 Child Protection Plan → Looked after child: 2",
      "16 Child Protection Plan → Universal Services: 14",
      "1 Child in Need → Early Help: 1",
    ]);
  });
});
