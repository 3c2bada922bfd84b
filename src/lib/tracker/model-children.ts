// Children: status at closure by group (base: children whose case has closed),
// the flows from status at three months to status at closure (which add up to
// the outcome counts of all children), and school readiness (base: assessed).
import type { Tallies } from "./aggregate.ts";
import { COST, get, type Model } from "./model.ts";
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
    const groupings = derivedGroupings().map((t) => {
      const members = grouping("child-outcomes", t.groupings[0]!, "standard").map((o) => `child.${group}.${o}`);
      return { cell: m.total(`child.${group}.grouping.${t.value}`, members), members };
    });
    m.oneCategory(`child.${group}.closed`, outcomes.map((o) => `child.${group}.${o}`), groupings);
    for (const o of outcomes) {
      m.record({ dataset: "child-outcomes", group, topic: "status-at-closure", period: "at-case-closure", category: o, label: labelOf("children.csv", "status_at_closure", o), cell: `child.${group}.${o}`, base: `child.${group}.closed` });
    }
    // Our groupings of the statuses (data/vocabulary.csv, the same as Salford's), as
    // cells of their own, so disclosure control protects and audits them too.
    for (const t of derivedGroupings()) {
      const members = grouping("child-outcomes", t.groupings[0]!, "standard");
      m.record({ dataset: "child-outcomes", group, topic: "status-at-closure", period: "at-case-closure", category: t.value, label: t.label, cell: `child.${group}.grouping.${t.value}`, base: `child.${group}.closed`, derivation: members.join(" + ") });
    }
  }
  // The headline: the baby expected at referral at home when the case closed, with its base; then every group's total.
  m.cost("child.expected-at-referral.grouping.at-home", COST.headline);
  for (const id of ["child.expected-at-referral.closed", "child.all.closed"]) m.cost(id, COST.headline);
  m.cost("child.born-later.closed", COST.total);

  // Flows among closed children: each outcome's count is the sum of the flows into it.
  for (const o of outcomes) {
    const parts = early.map((s) => m.cell(`flow.${s}.${o}`, sum((_e, s3, c) => s3 === s && c === o)));
    m.sum(`child.all.${o}`, parts);
    // Every child who ended in this status came from one status at three months.
    m.oneCategory(`child.all.${o}`, parts);
    for (const s of early) {
      m.record({
        dataset: "child-status-flows", group: "all", topic: "status-3-months-to-closure", period: "three-months-to-closure", category: `${s}-to-${o}`,
        label: `${labelOf("children.csv", "status_3_months", s)} at three months, ${labelOf("children.csv", "status_at_closure", o)} at closure`,
        cell: `flow.${s}.${o}`, base: "child.all.closed", from: s, to: o,
      });
    }
  }

  // Every child in a status at three months ended in one status at closure. A row has no cell of its own total.
  for (const s3 of early) {
    const row = outcomes.map((o) => `flow.${s3}.${o}`);
    m.oneCategory(row.reduce((n, id) => n + m.value(id), 0), row);
  }

  // When every child assessed had the same result (all reached the level, or none did), the share would tell anyone who
  // knows a child was assessed what their result was, however many there are: it is hidden ([c]) whatever its size, and
  // the record is published all the same, so whether it exists says nothing. With nobody assessed there is no result
  // to give away: "0 assessed" is published, so the page can say so.
  const [y, n] = [get(t.gld, "yes"), get(t.gld, "no")];
  const yes = m.cell("gld.yes", y);
  const no = m.cell("gld.no", n, false);
  const assessed = m.cell("gld.assessed", y + n);
  m.sum("gld.assessed", [yes, no]);
  m.sum("children.all", [assessed, m.cell("gld.not_assessed", get(t.gld, "not_assessed"), false)]);
  m.oneCategory(assessed, [yes, no]);
  for (const id of [yes, assessed]) m.cost(id, COST.headline);
  m.record({ dataset: "school-readiness", group: "all", topic: "good-level-of-development", period: null, category: "gld", label: "Children with a good level of development", cell: yes, base: assessed });
}

const derivedGroupings = () => vocabulary().filter((v) => v.scope === "standard" && v.list === "child-outcomes" && v.kind === "derived");
