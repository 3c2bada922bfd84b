// Children: status at closure by group (base: children whose case has closed),
// the flows from status at three months to status at closure (which add up to
// the outcome counts of all children), and school readiness (base: assessed).
import type { Tallies } from "./aggregate.ts";
import { get, type Model } from "./model.ts";
import { codesOf, labelOf } from "./standard.ts";
import { grouping, vocabulary } from "../figures/terms.ts";

const GROUPS = [
  { code: "expected-at-referral", flag: "yes" },
  { code: "born-later", flag: "no" },
] as const;

export function modelChildren(m: Model, t: Tallies): void {
  const outcomes = codesOf("children.csv", "status_at_closure");
  const early = codesOf("children.csv", "status_3_months");
  const sum = (pred: (expected: string, s3: string, closure: string) => boolean): number => {
    let n = 0;
    for (const [key, count] of t.children) {
      const [e, s3, c] = key.split("|") as [string, string, string];
      if (pred(e, s3, c)) n += count;
    }
    return n;
  };
  for (const g of GROUPS) {
    for (const o of outcomes) m.cell(`child.${g.code}.${o}`, sum((e, _s, c) => e === g.flag && c === o));
    const closed = m.total(`child.${g.code}.closed`, outcomes.map((o) => `child.${g.code}.${o}`));
    const open = m.cell(`child.${g.code}.open`, sum((e, _s, c) => e === g.flag && c === "open"), false);
    m.total(`children.${g.code}`, [closed, open], false);
  }
  for (const o of outcomes) m.total(`child.all.${o}`, GROUPS.map((g) => `child.${g.code}.${o}`));
  m.total("child.all.closed", GROUPS.map((g) => `child.${g.code}.closed`));
  m.total("children.all", GROUPS.map((g) => `children.${g.code}`), false);
  for (const group of ["all", ...GROUPS.map((g) => g.code)]) {
    for (const o of outcomes) {
      m.record({ dataset: "child-outcomes", group, topic: "status-at-closure", period: "at-case-closure", category: o, label: labelOf("children.csv", "status_at_closure", o), cell: `child.${group}.${o}`, base: `child.${group}.closed` });
    }
    // Our groupings of the statuses (data/vocabulary.csv, the same as Salford's), as
    // cells of their own, so disclosure control protects and audits them too.
    for (const t of vocabulary().filter((v) => v.scope === "standard" && v.list === "child-outcomes" && v.kind === "derived")) {
      const members = grouping("child-outcomes", t.groupings[0]!, "standard");
      const cell = m.total(`child.${group}.grouping.${t.value}`, members.map((o) => `child.${group}.${o}`));
      m.record({ dataset: "child-outcomes", group, topic: "status-at-closure", period: "at-case-closure", category: t.value, label: t.label, cell, base: `child.${group}.closed`, derivation: members.join(" + ") });
    }
  }

  // Flows among closed children: each outcome's count is the sum of the flows into it.
  for (const o of outcomes) {
    const parts = early.map((s) => m.cell(`flow.${s}.${o}`, sum((_e, s3, c) => s3 === s && c === o)));
    m.sum(`child.all.${o}`, parts);
    for (const s of early) {
      m.record({
        dataset: "child-status-flows", group: "all", topic: "status-3-months-to-closure", period: "three-months-to-closure", category: `${s}-to-${o}`,
        label: `${labelOf("children.csv", "status_3_months", s)} at three months, ${labelOf("children.csv", "status_at_closure", o)} at closure`,
        cell: `flow.${s}.${o}`, base: "child.all.closed", from: s, to: o,
      });
    }
  }

  // When every child assessed had the same result (all reached the level, or none did), publishing it tells anyone who
  // knows a child was assessed what their result was, however many there are: the figures are then not published at all.
  // With nobody assessed there is no result to give away: "0 assessed" is published, so the page can say so.
  const [y, n] = [get(t.gld, "yes"), get(t.gld, "no")];
  const sameForAll = (y === 0 || n === 0) && y + n > 0;
  const yes = m.cell("gld.yes", y, !sameForAll);
  const no = m.cell("gld.no", n, false);
  const assessed = m.cell("gld.assessed", y + n, !sameForAll);
  m.sum("gld.assessed", [yes, no]);
  m.sum("children.all", [assessed, m.cell("gld.not_assessed", get(t.gld, "not_assessed"), false)]);
  if (!sameForAll) m.record({ dataset: "school-readiness", group: "all", topic: "good-level-of-development", period: null, category: "gld", label: "Children with a good level of development", cell: yes, base: assessed });
}
