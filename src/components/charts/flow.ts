// A two-column flow chart: statuses at the start on the left, at the end on the
// right, each drawn as a bar as tall as its count, and a band from every start
// status to every end status as thick as the number who moved. Every status and
// every band carries its count in words, so colour only helps follow a band.
// On a 320px screen the same flows become a list: for each start status, a
// labelled bar per end status (the shared bars chart), because bands that thin
// cannot be labelled.
import * as Plot from "@observablehq/plot";
import type { Flow } from "../../lib/contract/site.ts";
import { ordered, sideTotals, statusesOf } from "../../lib/figures/flows.ts";
import { categorical, palette, WIDTHS, type Layout } from "../../lib/plot/palette.ts";
import { barsChart } from "./bars.ts";
import { CHAR } from "./rows-frame.ts";
import type { Bar } from "../../lib/figures/rows.ts";

export interface FlowOptions {
  layout: Layout;
  /** Column headings, e.g. "Within three months of birth" and "When the case closed". */
  fromHeading: string;
  toHeading: string;
  /** Preferred status orders (defaults: order of first appearance). */
  fromOrder?: string[];
  toOrder?: string[];
}

export interface FlowNode {
  side: "from" | "to";
  status: string;
  count: number;
  y0: number;
  y1: number;
}

export interface FlowLink {
  from: string;
  to: string;
  value: number;
  /** Band centre where it leaves the start bar and where it reaches the end bar. */
  ya: number;
  yb: number;
  width: number;
}

const NODE = 12;
const GAP = 18;
const TOP = 34; // room for the two column headings
const PER_UNIT = 14; // px per person: a band of one is as tall as a line of text

/** Pixel positions of bars and bands; pure, so tests can check that bands fill their bars. */
export function flowLayout(flows: Flow[], fromOrder?: string[], toOrder?: string[]): { nodes: FlowNode[]; links: FlowLink[]; height: number } {
  const froms = sideTotals(flows, "from", fromOrder);
  const tos = sideTotals(flows, "to", toOrder);
  const place = (side: "from" | "to", list: { status: string; count: number }[]) => {
    let y = TOP;
    return list.map((s) => {
      const node = { side, status: s.status, count: s.count, y0: y, y1: y + s.count * PER_UNIT };
      y = node.y1 + GAP;
      return node;
    });
  };
  const nodes = [...place("from", froms), ...place("to", tos)];
  const fromRank = ordered(statusesOf(flows, "from"), fromOrder);
  const toRank = ordered(statusesOf(flows, "to"), toOrder);
  // Bands leave each start bar in end-status order and reach each end bar in
  // start-status order, which keeps crossings to a minimum.
  const offset = new Map<string, number>();
  const take = (side: "from" | "to", status: string, value: number) => {
    const node = nodes.find((n) => n.side === side && n.status === status)!;
    const used = offset.get(`${side}|${status}`) ?? 0;
    offset.set(`${side}|${status}`, used + value * PER_UNIT);
    return node.y0 + used + (value * PER_UNIT) / 2;
  };
  const byTo = [...flows].sort((a, b) => toRank.indexOf(a.to) - toRank.indexOf(b.to) || fromRank.indexOf(a.from) - fromRank.indexOf(b.from));
  const ya = new Map(byTo.map((f) => [f, take("from", f.from, f.value)]));
  const byFrom = [...flows].sort((a, b) => fromRank.indexOf(a.from) - fromRank.indexOf(b.from) || toRank.indexOf(a.to) - toRank.indexOf(b.to));
  const links = byFrom.map((f) => ({ from: f.from, to: f.to, value: f.value, ya: ya.get(f)!, yb: take("to", f.to, f.value), width: f.value * PER_UNIT }));
  const height = Math.max(...nodes.map((n) => n.y1)) + 4;
  return { nodes, links, height };
}

const label = (n: FlowNode) => `${n.count} ${n.status}`;

function wideSpec(flows: Flow[], o: FlowOptions): Plot.PlotOptions {
  const { nodes, links, height } = flowLayout(flows, o.fromOrder, o.toOrder);
  const width = WIDTHS.wide;
  const left = nodes.filter((n) => n.side === "from");
  const right = nodes.filter((n) => n.side === "to");
  const widest = (list: FlowNode[]) => Math.ceil(Math.max(...list.map((n) => label(n).length)) * CHAR) + 8;
  const xa = widest(left);
  const xb = width - widest(right) - NODE;
  // Colour follows the start status only when there are few enough to tell apart.
  const colours = left.length <= categorical.length ? new Map(left.map((n, i) => [n.status, categorical[i]!])) : new Map<string, string>();
  const colour = (status: string) => colours.get(status) ?? palette.darkGrey;
  const ink = "#0b0c0c";
  return {
    width,
    height,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.link(links, {
        x1: xa + NODE,
        x2: xb,
        y1: "ya",
        y2: "yb",
        curve: "bump-x",
        stroke: (l: FlowLink) => colour(l.from),
        strokeWidth: "width",
        strokeOpacity: 0.45,
        strokeLinecap: "butt",
      }),
      Plot.rect(nodes, {
        x1: (n: FlowNode) => (n.side === "from" ? xa : xb),
        x2: (n: FlowNode) => (n.side === "from" ? xa + NODE : xb + NODE),
        y1: "y0",
        y2: "y1",
        fill: (n: FlowNode) => (n.side === "from" ? colour(n.status) : palette.darkGrey),
      }),
      Plot.text(left, { x: xa - 6, y: (n: FlowNode) => (n.y0 + n.y1) / 2, text: label, textAnchor: "end", fill: ink }),
      Plot.text(right, { x: xb + NODE + 6, y: (n: FlowNode) => (n.y0 + n.y1) / 2, text: label, textAnchor: "start", fill: ink }),
      // Each band's count where it reaches its end bar; bands there never overlap.
      Plot.text(links, { x: xb - 4, y: "yb", text: (l: FlowLink) => String(l.value), textAnchor: "end", fill: ink, fontWeight: 700 }),
      Plot.text([o.fromHeading], { x: 0, y: 12, text: (d: string) => d, textAnchor: "start", fill: ink, fontWeight: 700 }),
      Plot.text([o.toHeading], { x: width, y: 12, text: (d: string) => d, textAnchor: "end", fill: ink, fontWeight: 700 }),
    ],
  };
}

/** The narrow layout: one labelled bar per band, grouped under its start status. */
export function flowListBars(flows: Flow[], fromOrder?: string[], toOrder?: string[]): Bar[] {
  const froms = sideTotals(flows, "from", fromOrder);
  const toRank = ordered(statusesOf(flows, "to"), toOrder);
  return froms.flatMap((s) =>
    flows
      .filter((f) => f.from === s.status)
      .sort((a, b) => toRank.indexOf(a.to) - toRank.indexOf(b.to))
      .map((f) => ({ category: `${s.count} ${s.status}`, series: `→ ${f.to}`, value: f.value, label: String(f.value) })),
  );
}

export function flowChart(flows: Flow[], o: FlowOptions): Plot.PlotOptions {
  return o.layout === "wide" ? wideSpec(flows, o) : barsChart(flowListBars(flows, o.fromOrder, o.toOrder), { layout: "narrow" });
}
