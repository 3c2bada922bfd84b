// Children: status at closure by group (base: children whose case has closed),
// the flows from status at three months to status at closure (which add up to
// the outcome counts of all children), and school readiness (base: assessed).
import type { Tallies } from "./aggregate.ts";
import { COST, get, type Model } from "./model.ts";
import { codesOf, labelOf } from "./standard.ts";
import type { Vocabulary } from "../figures/terms.ts";

const GROUPS = [
  { code: "expected-at-referral", flag: "yes" },
  { code: "born-later", flag: "no" },
] as const;

/** The tables whose breakdowns are withheld whole when the group is small (the `breakdown` relations below), in the
 *  method text's words. */
export const BREAKDOWN_TABLES = "children's status at case closure (for all children, and for the baby expected at referral and children born later apart)";

export function modelChildren(m: Model, t: Tallies, vocabulary: Vocabulary): void {
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
  // Statuses are published for all children, and each group (the baby expected at referral, children born later) by
  // our grouping: a group's statuses would be the difference between two published rows, and the smaller group loses
  // most of them to suppression, taking the same cells of the other rows with it. A status in none of our groupings
  // (not yet born) is a grouping of its own. The groups' statuses stay in the model, unpublished, so the audit
  // protects them too.
  const groupingsOf = derivedGroupings(vocabulary).map((t) => ({
    value: t.value,
    label: t.label,
    statuses: vocabulary.grouping("child-outcomes", t.groupings[0]!, "standard"),
  }));
  const ungrouped = outcomes.filter((o) => !groupingsOf.some((g) => g.statuses.includes(o)));
  const shown = (group: string, o: string) => group === "all" || ungrouped.includes(o);
  for (const g of GROUPS) {
    for (const o of outcomes)
      m.cell(
        `child.${g.code}.${o}`,
        sum((e, _s, c) => e === g.flag && c === o),
        shown(g.code, o),
      );
    const closed = m.total(
      `child.${g.code}.closed`,
      outcomes.map((o) => `child.${g.code}.${o}`),
    );
    const open = m.cell(
      `child.${g.code}.open`,
      sum((e, _s, c) => e === g.flag && c === "open"),
      false,
    );
    m.total(`children.${g.code}`, [closed, open], false);
  }
  for (const o of outcomes)
    m.total(
      `child.all.${o}`,
      GROUPS.map((g) => `child.${g.code}.${o}`),
    );
  m.total(
    "child.all.closed",
    GROUPS.map((g) => `child.${g.code}.closed`),
  );
  m.total(
    "children.all",
    GROUPS.map((g) => `children.${g.code}`),
    false,
  );
  for (const group of ["all", ...GROUPS.map((g) => g.code)]) {
    const closed = `child.${group}.closed`;
    const statuses = outcomes.map((o) => `child.${group}.${o}`);
    const groupings = groupingsOf.map((t) => {
      const members = t.statuses.map((o) => `child.${group}.${o}`);
      const cell = m.total(`child.${group}.grouping.${t.value}`, members);
      // Our groupings survive before the statuses under them: hiding a status costs its count, a grouping far more.
      m.cost(cell, COST.total);
      return { cell, members };
    });
    // The rows that break the group down (statuses, and our groupings with the statuses in none) are withheld whole
    // when the group is small (Relation.breakdown).
    if (group === "all") m.sum(closed, statuses, true);
    m.sum(closed, [...groupings.map((g) => g.cell), ...ungrouped.map((o) => `child.${group}.${o}`)], true);
    m.oneCategory(closed, statuses, groupings);
    for (const o of outcomes.filter((o) => shown(group, o))) {
      m.record({
        dataset: "child-outcomes",
        group,
        topic: "status-at-closure",
        period: "at-case-closure",
        category: o,
        label: labelOf("children.csv", "status_at_closure", o),
        cell: `child.${group}.${o}`,
        base: closed,
      });
    }
    // Our groupings of the statuses (data/vocabulary.csv, the same as Salford's), as
    // cells of their own, so disclosure control protects and audits them too.
    for (const t of groupingsOf) {
      m.record({
        dataset: "child-outcomes",
        group,
        topic: "status-at-closure",
        period: "at-case-closure",
        category: t.value,
        label: t.label,
        cell: `child.${group}.grouping.${t.value}`,
        base: closed,
        derivation: t.statuses.join(" + "),
      });
    }
  }
  // The headline: the baby expected at referral at home when the case closed, with its base; then every group's total.
  m.cost("child.expected-at-referral.grouping.at-home", COST.headline);
  for (const id of ["child.expected-at-referral.closed", "child.all.closed"]) m.cost(id, COST.headline);
  m.cost("child.born-later.closed", COST.total);

  // Flows among closed children, from each status at three months to each of our groupings at closure (and the
  // statuses in none), for the same reason: a status-by-status table of a few hundred children is mostly small
  // counts. The flows between statuses stay in the model, unpublished, and each outcome's count is their sum.
  const closures = [
    ...groupingsOf.map((g) => ({ code: g.value, label: g.label, statuses: g.statuses })),
    ...ungrouped.map((o) => ({ code: o, label: labelOf("children.csv", "status_at_closure", o), statuses: [o] })),
  ];
  for (const o of outcomes) {
    const parts = early.map((s) =>
      m.cell(
        `flow.${s}.${o}`,
        sum((_e, s3, c) => s3 === s && c === o),
        ungrouped.includes(o),
      ),
    );
    m.sum(`child.all.${o}`, parts);
  }
  for (const c of closures) {
    const total = groupingsOf.some((g) => g.value === c.code) ? `child.all.grouping.${c.code}` : `child.all.${c.code}`;
    const parts = early.map((s) =>
      ungrouped.includes(c.code)
        ? `flow.${s}.${c.code}`
        : m.total(
            `flow.${s}.grouping.${c.code}`,
            c.statuses.map((o) => `flow.${s}.${o}`),
          ),
    );
    m.sum(total, parts);
    // Every child who ended in this grouping came from one status at three months.
    m.oneCategory(total, parts);
    early.forEach((s, i) => {
      m.record({
        dataset: "child-status-flows",
        group: "all",
        topic: "status-3-months-to-closure",
        period: "three-months-to-closure",
        category: `${s}-to-${c.code}`,
        label: `${labelOf("children.csv", "status_3_months", s)} at three months, ${c.label} at closure`,
        cell: parts[i]!,
        base: "child.all.closed",
        from: s,
        to: c.code,
      });
    });
  }

  // Every child in a status at three months ended in one grouping at closure. A row has no cell of its own total.
  for (const s3 of early) {
    const row = closures.map((c) => (ungrouped.includes(c.code) ? `flow.${s3}.${c.code}` : `flow.${s3}.grouping.${c.code}`));
    m.oneCategory(
      row.reduce((n, id) => n + m.value(id), 0),
      row,
    );
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
  m.record({
    dataset: "school-readiness",
    group: "all",
    topic: "good-level-of-development",
    period: null,
    category: "gld",
    label: "Children with a good level of development",
    cell: yes,
    base: assessed,
  });
}

const derivedGroupings = (vocabulary: Vocabulary) =>
  vocabulary.terms.filter((v) => v.scope === "standard" && v.list === "child-outcomes" && v.kind === "derived");
