// Wellbeing: each topic at each time point (base: parents with a known value
// then), and the before-and-after pairs (base: parents known at both points).
// Every table is tied to all parents through its unpublished "not known" cell,
// and each pair table to both time points through its unpublished margins.
import type { Tallies } from "./aggregate.ts";
import { COST, type Model } from "./model.ts";
import { TOPIC_VALUES, TOPICS } from "./standard.ts";

const TIMES = [
  { code: "referral", label: "at referral" },
  { code: "three_years", label: "after three years" },
] as const;

export function modelWellbeing(m: Model, t: Tallies): void {
  for (const { value: topic, label: topicLabel } of TOPICS) {
    const known = (TOPIC_VALUES[topic] ?? []).filter((v) => v.value !== "unknown");
    const counts = new Map<string, number>();
    for (const [key, n] of t.wellbeing) {
      if (!key.startsWith(`${topic}|`)) continue;
      const [, from, to] = key.split("|") as [string, string, string];
      const k = (v: string) => (v === "none" || v === "unknown" ? "unknown" : v);
      const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + n);
      add(`referral|${k(from)}`);
      add(`three_years|${k(to)}`);
      add(`pair|${k(from)}|${k(to)}`);
    }
    const c = (id: string) => counts.get(id) ?? 0;
    for (const time of TIMES) {
      const prefix = `wb.${topic}.${time.code}`;
      for (const v of known) m.cell(`${prefix}.${v.value}`, c(`${time.code}|${v.value}`));
      const base = m.total(
        `${prefix}.known`,
        known.map((v) => `${prefix}.${v.value}`),
      );
      m.cost(base, topic === "partner_abuse" && time.code === "referral" ? COST.headline : COST.total);
      m.oneCategory(
        base,
        known.map((v) => `${prefix}.${v.value}`),
      );
      if (topic === "partner_abuse" && time.code === "referral") m.cost(`${prefix}.yes`, COST.headline);
      // Parents with no record of the topic then: a fact about recording, which may be worked out.
      const unrecorded = m.cell(`${prefix}.unknown`, c(`${time.code}|unknown`), false);
      m.cells.get(unrecorded)!.guard = false;
      m.sum("parents.all", [base, unrecorded]);
      for (const v of known) {
        m.record({
          dataset: "wellbeing",
          group: "all",
          topic,
          period: time.code,
          category: v.value,
          label: `${topicLabel}: ${v.label} ${time.label}`,
          cell: `${prefix}.${v.value}`,
          base,
        });
      }
    }
    // A topic of two values publishes every pair. One of more values (housing, employment, relationship) publishes, for
    // each value at referral, those with the same value three years on and those with another: its full table of
    // pairs is mostly counts of one to four, and would lose most of its cells to suppression. The other pairs stay in
    // the model, unpublished, so the audit protects them.
    const detailed = known.length <= 2;
    const pairs: string[] = [];
    for (const a of known) {
      for (const b of known) pairs.push(m.cell(`wbpair.${topic}.${a.value}.${b.value}`, c(`pair|${a.value}|${b.value}`), detailed || a === b));
    }
    const base = m.total(`wbpair.${topic}.known`, pairs);
    m.cost(base, COST.total);
    const shown = known.map((a) => {
      const same = `wbpair.${topic}.${a.value}.${a.value}`;
      if (detailed) return known.map((b) => ({ a, b: b.value, label: b.label, cell: `wbpair.${topic}.${a.value}.${b.value}` }));
      const others = known.filter((b) => b !== a).map((b) => `wbpair.${topic}.${a.value}.${b.value}`);
      const moved = m.total(`wbpair.${topic}.${a.value}.different`, others);
      return [
        { a, b: a.value, label: a.label, cell: same },
        { a, b: "different", label: "a different one", cell: moved },
      ];
    });
    // Before and after: everyone with one status at referral had one status three years on, or the other way round.
    for (const row of shown)
      m.oneCategory(
        row.reduce((n, x) => n + m.value(x.cell), 0),
        row.map((x) => x.cell),
      );
    for (const b of known) {
      const column = known.map((a) => `wbpair.${topic}.${a.value}.${b.value}`);
      m.oneCategory(
        column.reduce((n, id) => n + m.value(id), 0),
        column,
      );
    }
    // Known at one point but not the other: in the model, never printed.
    for (const a of known) {
      const lost = m.cell(`wbpair.${topic}.${a.value}.unknown`, c(`pair|${a.value}|unknown`), false);
      m.sum(`wb.${topic}.referral.${a.value}`, [...known.map((b) => `wbpair.${topic}.${a.value}.${b.value}`), lost]);
    }
    for (const b of known) {
      const gained = m.cell(`wbpair.${topic}.unknown.${b.value}`, c(`pair|unknown|${b.value}`), false);
      m.sum(`wb.${topic}.three_years.${b.value}`, [...known.map((a) => `wbpair.${topic}.${a.value}.${b.value}`), gained]);
    }
    for (const { a, b, label, cell } of shown.flat()) {
      m.record({
        dataset: "wellbeing",
        group: "all",
        topic,
        period: "referral-to-three-years",
        category: `${a.value}-to-${b}`,
        label: `${topicLabel}: ${a.label} at referral, ${label} after three years`,
        cell,
        base,
        from: a.value,
        to: b,
      });
    }
  }
}
