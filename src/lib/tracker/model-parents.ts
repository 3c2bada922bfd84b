// Parents' tables: age bands and referral sources by sex, deprivation for all.
// They describe the same parents, so they share the group totals
// (parents.<sex>), and all = female + male + unknown in every table.
import type { Tallies } from "./aggregate.ts";
import { COST, get, type Model } from "./model.ts";
import { AGE_BANDS, codesOf, labelOf } from "./standard.ts";

export const SEXES = ["female", "male", "unknown"] as const;
/** Groups printed: parents of unknown sex count in `all` but are too few to print on their own. */
const PRINTED = new Set(["female", "male", "all"]);
const GROUPS = [...SEXES, "all"] as const;

function groupTotals(m: Model, t: Tallies): void {
  for (const sex of SEXES) {
    let n = 0;
    for (const [key, count] of t.sources) if (key.startsWith(`${sex}|`)) n += count;
    m.cell(`parents.${sex}`, n, PRINTED.has(sex));
  }
  m.total(
    "parents.all",
    SEXES.map((s) => `parents.${s}`),
  );
  // How many parents' sex is not recorded is a fact about recording, not about anyone: it may be worked out (all less
  // women less men), so a handful of them never hides the numbers of women, men or all parents (bySex says why their
  // ages and referral sources may be worked out too).
  m.cells.get("parents.unknown")!.guard = false;
  for (const sex of PRINTED) m.cost(`parents.${sex}`, COST.headline);
}

/** One table: categories by sex, with the all row as sums and each group's known total. */
function bySex(m: Model, prefix: string, categories: string[], count: (sex: string, cat: string) => number): void {
  for (const sex of SEXES) for (const cat of categories) m.cell(`${prefix}.${sex}.${cat}`, count(sex, cat), PRINTED.has(sex));
  // Parents of unknown sex by age or source: the all row less women less men. Those counts describe gaps in the records,
  // and a reader cannot tell who is in them (no one outside the service knows whose sex went unrecorded), so they may
  // be worked out. Guarding them cost every table by sex a cell in each row where a few such parents fall: Marram Bay's
  // men's age profile showed one band in six.
  for (const cat of categories) m.cells.get(`${prefix}.unknown.${cat}`)!.guard = false;
  for (const cat of categories)
    m.total(
      `${prefix}.all.${cat}`,
      SEXES.map((s) => `${prefix}.${s}.${cat}`),
    );
}

export function modelAges(m: Model, t: Tallies): void {
  groupTotals(m, t);
  const bands = AGE_BANDS.map((b) => b.code);
  bySex(m, "age", bands, (sex, band) => get(t.ages, `${sex}|${band}`));
  for (const group of GROUPS) {
    const shown = PRINTED.has(group);
    const known = m.total(
      `age.${group}.known`,
      bands.map((b) => `age.${group}.${b}`),
      shown,
    );
    const unknown =
      group === "all"
        ? m.total(
            "age.all.unknown",
            SEXES.map((s) => `age.${s}.unknown`),
            false,
          )
        : m.cell(`age.${group}.unknown`, get(t.ages, `${group}|unknown`), false);
    // How many parents' age is, or is not, recorded is a fact about recording, not about anyone (as for sex, above);
    // for parents of unknown sex the count with an age recorded is never printed, and may be worked out too.
    m.cells.get(unknown)!.guard = false;
    if (!shown) m.cells.get(known)!.guard = false;
    m.sum(`parents.${group}`, [known, unknown]);
    if (!shown) continue;
    m.cost(known, COST.total);
    m.oneCategory(
      known,
      bands.map((b) => `age.${group}.${b}`),
    );
    AGE_BANDS.forEach((b) =>
      m.record({
        dataset: "age-profiles",
        group,
        topic: "age-at-referral",
        period: null,
        category: b.code,
        label: b.label,
        cell: `age.${group}.${b.code}`,
        base: known,
      }),
    );
  }
  m.sum(
    "age.all.known",
    SEXES.map((s) => `age.${s}.known`),
  );
}

export function modelSources(m: Model, t: Tallies): void {
  const codes = codesOf("parents.csv", "referral_source");
  bySex(m, "source", codes, (sex, code) => get(t.sources, `${sex}|${code}`));
  for (const group of GROUPS) {
    m.sum(
      `parents.${group}`,
      codes.map((c) => `source.${group}.${c}`),
    );
    if (!PRINTED.has(group)) continue;
    m.oneCategory(
      `parents.${group}`,
      codes.map((c) => `source.${group}.${c}`),
    );
    for (const c of codes) {
      m.record({
        dataset: "referral-sources",
        group,
        topic: "referral-source",
        period: null,
        category: c,
        label: labelOf("parents.csv", "referral_source", c),
        cell: `source.${group}.${c}`,
        base: `parents.${group}`,
      });
    }
  }
}

export function modelDeprivation(m: Model, t: Tallies): void {
  const deciles = Array.from({ length: 10 }, (_, i) => i + 1);
  for (const d of deciles) m.cell(`imd.decile-${d}`, get(t.imd, String(d)));
  const known = m.total(
    "imd.known",
    deciles.map((d) => `imd.decile-${d}`),
  );
  m.cost(known, COST.total);
  const unknown = m.cell("imd.unknown", get(t.imd, "unknown"), false);
  m.cells.get(unknown)!.guard = false; // parents with no area recorded: a fact about recording
  m.sum("parents.all", [known, unknown]);
  const rec = { dataset: "deprivation", group: "all", topic: "imd-decile", period: null, base: known };
  for (const d of deciles) {
    const label = d === 1 ? "Decile 1 (most deprived tenth)" : d === 10 ? "Decile 10 (least deprived tenth)" : `Decile ${d}`;
    m.record({ ...rec, category: `decile-${d}`, label, cell: `imd.decile-${d}` });
  }
  // The most deprived 10% is decile 1 itself (the same cell); 20% and 30% are sums, linked to their parts.
  m.record({ ...rec, category: "most-deprived-10", label: "Most deprived 10% of areas", cell: "imd.decile-1", derivation: "decile-1" });
  const tops = [2, 3].map((top) => {
    const parts = deciles.slice(0, top).map((d) => `imd.decile-${d}`);
    const id = m.total(`imd.most-deprived-${top}0`, parts);
    m.record({
      ...rec,
      category: `most-deprived-${top}0`,
      label: `Most deprived ${top}0% of areas`,
      cell: id,
      derivation: parts.map((p) => p.slice(4)).join(" + "),
    });
    return { cell: id, members: parts };
  });
  m.oneCategory(
    known,
    deciles.map((d) => `imd.decile-${d}`),
    tops,
  );
}
