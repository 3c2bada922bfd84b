// Taking part in the service on /needs/: engagement and early closures as
// tables and a sentence (not charts; those are in src/lib/figures/needs.ts).
import type { Figure } from "../contract/site.ts";
import type { TableModel } from "../table.ts";
import { formatNumber, ofBase } from "../format.ts";
import { GROUP_COLUMNS, GROUP_KEYS, SEXES } from "../figures/needs-tables.ts";

const ENGAGEMENT: Record<string, string> = { Yes: "Engaged with the service", No: "Did not engage", "No data": "No information" };
const REASONS: Record<string, string> = {
  "Child removed": "A child was removed",
  "Threshold met": "A threshold was met (the report does not say which)",
  "Moved LA": "Moved to another council area",
  "No identified need": "No need identified",
  Disengaged: "Stopped taking part",
};

/** Taking part and early closures, as counts of the printed bases. */
export function engagementView(figures: Figure[]) {
  const get = (topic: string, c: string, g: string) => figures.find((f) => f.topic === topic && f.category === c && f.group === g && f.measure === "count");
  const cell = (f: Figure | undefined) => (f ? (f.base !== null ? ofBase(f.value, f.base) : formatNumber(f.value)) : "–");
  const closedEarly = (g: string) => get("early closure", "Case closed early", g);
  return {
    closedEarly,
    /** A named count, e.g. ("engagement", "Yes", "women"). */
    count: get,
    table: {
      caption: "Taking part in the service and cases closed early (before five years)",
      columns: [{ label: "What happened" }, ...GROUP_COLUMNS],
      rows: [
        ...Object.keys(ENGAGEMENT).map((c) => [ENGAGEMENT[c]!, cell(get("engagement", c, "women")), cell(get("engagement", c, "men")), "–"]),
        ["Case closed early", ...GROUP_KEYS.map((g) => cell(closedEarly(g)))],
      ],
    } satisfies TableModel,
    reasons: {
      caption: "Reasons recorded for women's cases closing early (the men's reasons cannot be read from the report's chart)",
      columns: [{ label: "Reason recorded" }, { label: "Women", numeric: true }],
      rows: Object.keys(REASONS).map((c) => [REASONS[c]!, cell(get("early closure", c, "women"))]),
    } satisfies TableModel,
  };
}

/** Parents in the evaluation sample who did not engage, and whose cases closed early: for describing the sample. */
export function sampleTurnover(figures: Figure[]): { notEngaged: number; closedEarly: number } {
  const v = engagementView(figures);
  const notEngaged = Object.keys(SEXES).reduce((n, g) => n + (v.count("engagement", "No", g)?.value ?? 0), 0);
  return { notEngaged, closedEarly: v.closedEarly("all parents")?.value ?? 0 };
}

/** Taking part: how many engaged and how many cases closed early, from the named figures. */
export function engagementText(v: ReturnType<typeof engagementView>): string {
  const engaged = (g: string) => {
    const f = v.count("engagement", "Yes", g);
    return f ? (f.base !== null ? ofBase(f.value, f.base) : formatNumber(f.value)) : "–";
  };
  const early = v.closedEarly("all parents")!;
  return `${engaged("women")} women and ${engaged("men")} men engaged with the service. Cases closed early, before five years, for ${ofBase(early.value, early.base!)} parents; the reasons recorded for women are below. A case closing early is not a judgement on the parent: the reasons include a child's removal, a family moving away and no remaining need.`;
}
