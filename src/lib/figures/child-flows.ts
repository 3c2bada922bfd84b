// Children's status soon after birth and when the case closed, with every move
// between the two: a flow chart, the moves as a table, and sentences on the
// children who were looked after. Totals on each side are the published table
// counts (the data step checks the flows against them), never added up here.
import type { Flow } from "../contract/site.ts";
import { formatNumber as n } from "../format.ts";
import { SMALL_BASE } from "../stats/wilson.ts";
import { pairsTable } from "./flows.ts";
import type { FigureModel } from "./model.ts";
import type { FigureSet } from "./set.ts";
import { notesOf } from "./shares.ts";

const CHILDREN = "child-outcomes";
const FLOWS = "child-status-flows";

export interface ChildFlowOptions {
  id: string;
  /** The children the flows follow, and the two periods as the set names them. */
  group: string;
  fromPeriod: string;
  toPeriod: string;
  headings: { from: string; to: string };
  source?: string;
}

export function childFlowFigure(set: FigureSet, allFlows: Flow[], o: ChildFlowOptions): FigureModel {
  const { term } = set.meta.vocabulary;
  /** A status as it reads after "children ...": "looked after", "on a Child Protection Plan". */
  const statusPhrase = (status: string) => term(FLOWS, status).phrase;
  const flows = allFlows.filter((f) => f.topic === "child status");
  if (!flows.length) throw new Error(`childFlowFigure ${o.id}: no child status flows`);
  const side = (period: string) =>
    set
      .select({ dataset: CHILDREN, group: o.group, period, measure: "count" })
      .filter((r) => r.variant == null && term(CHILDREN, r.category, r.label).kind === "part");
  const [from, to] = [side(o.fromPeriod), side(o.toPeriod)];
  const count = (list: typeof from, status: string) => list.find((r) => r.category === status)?.value ?? 0;
  const total =
    set.select({ dataset: CHILDREN, group: o.group, period: o.fromPeriod, measure: "count" }).find((r) => term(CHILDREN, r.category).kind === "total")?.value ??
    null;
  // The set lists statuses from the most intensive down; the chart and its table run
  // the other way, from universal services up to looked after, as the Department for
  // Education's children in need statistics do.
  const fromOrder = from.map((r) => r.category).reverse();
  const toOrder = to.map((r) => r.category).reverse();
  const move = [...flows].filter((f) => f.from !== f.to).sort((a, b) => b.value - a.value)[0];
  if (!move) throw new Error(`childFlowFigure ${o.id}: no moves between statuses`);
  const title = `${n(move.value)} of the ${n(count(from, move.from))} children ${statusPhrase(move.from)} soon after birth were ${statusPhrase(move.to)} when the case closed`;
  // The status in our not-with-parents grouping that the flows follow (looked after), if exactly one.
  const away = [...new Set(flows.flatMap((f) => [f.from, f.to]))].filter((s) => term(FLOWS, s).groupings.includes("not-with-parents"));
  const list = (moves: Flow[], text: (m: Flow) => string) => moves.map((m) => `${n(m.value)} ${text(m)}`).join(" and ");
  let story = "";
  if (away.length === 1) {
    const s = away[0]!;
    const stayed = flows.find((f) => f.from === s && f.to === s)?.value ?? 0;
    const left = flows.filter((f) => f.from === s && f.to !== s);
    const joined = flows.filter((f) => f.from !== s && f.to === s);
    const p = statusPhrase(s);
    story =
      ` ${n(count(from, s))} children were ${p} soon after birth and ${n(count(to, s))} when the case closed, but not all were the same children. ${n(stayed)} were ${p} at both points` +
      (left.length ? `, while ${list(left, (m) => `were ${statusPhrase(m.to)}`)} by the time the case closed.` : ".") +
      (joined.length ? ` ${list(joined, (m) => `children ${statusPhrase(m.from)} soon after birth`)} had become ${p}.` : "");
  }
  const uncertain = flows.filter((f) => f.remark?.includes("judgement")).map((f) => `${n(f.value)} from ${f.from} to ${f.to}`);
  const kids = total === null ? "children" : `${n(total)} children`;
  return {
    id: o.id,
    title,
    summary: `The chart follows the children from their status ${o.headings.from.toLowerCase()} to their status ${o.headings.to.toLowerCase()}.${story}`,
    alt: `Flow chart: the ${kids}'s status ${o.headings.from.toLowerCase()} on the left, their status ${o.headings.to.toLowerCase()} on the right, and a band for each move, as wide as the number of children. On narrow screens, a list of bars: for each early status, how many children ended in each final status.`,
    chart: { kind: "flow", flows, fromHeading: o.headings.from, toHeading: o.headings.to, fromOrder, toOrder },
    table: pairsTable(
      flows,
      `Every move between status ${o.headings.from.toLowerCase()} and status ${o.headings.to.toLowerCase()}`,
      { ...o.headings, unit: "Children" },
      { from: fromOrder, to: toOrder },
    ),
    bases: total === null ? [] : [{ who: term("group", o.group).phrase, n: total }],
    cautions: [
      `These are ${kids}, and ${[...from, ...to].every((r) => r.value !== null && r.value < SMALL_BASE) ? "every status holds" : "some statuses hold"} fewer than ${n(SMALL_BASE)} of them, so one or two children move a percentage a lot.` +
        (uncertain.length
          ? ` The report's diagram can be read in more than one way for these bands: ${uncertain.join("; ")}. The totals on each side are the same either way.`
          : ""),
    ],
    notes: notesOf([o.fromPeriod, o.toPeriod].flatMap((period) => set.select({ dataset: CHILDREN, group: o.group, period }))),
    dataset: FLOWS,
    source: o.source ?? flows[0]!.source.table,
  };
}
