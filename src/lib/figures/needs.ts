// The charts of /needs/: needs at referral (Table 3 and the detailed findings),
// partner abuse (Tables 4 and 5), parents' own childhoods and previous removals.
// The rows and tables are in needs-tables.ts, the titles and summaries in needs-text.ts.
import type { Figure } from "../contract/site.ts";
import type { Bar } from "./rows.ts";
import type { FigureModel } from "./model.ts";
import type { FigureSet } from "./set.ts";
import type { TableModel } from "../table.ts";
import { notesOf } from "./shares.ts";
import { sampleParents } from "./published.ts";
import { backgroundsView, needCountsView, partnerAbuseTypesView, previousRemovalsView, primaryOrOtherView, SEXES } from "./needs-tables.ts";
import { abuseTypesText, backgroundsText, numberWords, otherNeedsText, primaryNeedText, primaryOrOtherText, removalsText, type Text } from "./needs-text.ts";
import { formatNumber as n } from "../format.ts";
import { pair } from "../plot/palette.ts";
import { SMALL_BASE } from "../stats/wilson.ts";

const SEX_COLOURS = { [SEXES.women!]: pair.women, [SEXES.men!]: pair.men };

/** What each needs figure says beyond its view's bars and table and its text. */
interface Parts {
  id: string;
  alt: string;
  colors?: Record<string, string>;
  max?: number;
  cautions?: string[];
  notes: string[];
  dataset: string;
  source: string;
}

/** A bars chart of a view's rows, women beside men (or all parents, with no colours), titled by its text. */
function model<V extends { bars: Bar[]; table: TableModel }>(v: V, text: (v: V) => Text, { id, alt, colors, max, cautions = [], ...p }: Parts): FigureModel {
  return {
    id,
    ...text(v),
    alt,
    table: v.table,
    ...p,
    chart: { kind: "bars", rows: v.bars, ...(colors ? { colors } : {}), ...(max ? { max } : {}) },
    bases: [],
    cautions,
  };
}

/** Shares of women and of men with each need as a primary or other need. */
export function primaryOrOtherFigure(set: FigureSet, id: string): FigureModel {
  const v = primaryOrOtherView(set);
  const men = set.value(sampleParents("men"));
  return model(v, primaryOrOtherText, {
    id,
    alt: `Horizontal bars: for ${numberWords(v.bars.length / 2)} needs, the share of women and of men with it as a primary or other need, with counts and 95% intervals for men.`,
    colors: SEX_COLOURS,
    max: 100,
    cautions: [`Men's figures rest on ${n(men)} parents, under ${n(SMALL_BASE)}: the intervals show how much they could differ in another group.`],
    notes: notesOf(set.select({ dataset: "needs", topic: "primary or other need" })),
    dataset: "needs",
    source: "detailed findings on referrals",
  });
}

/** Table 3's two lists of needs, as counts: what differs between them. */
const NEED_COUNTS = {
  "primary need": {
    text: primaryNeedText,
    need: "primary need",
    cautions: ["The primary-need counts add up to more than the number of parents, so they are shown as counts only."],
  },
  "other needs": { text: otherNeedsText, need: "other need", cautions: [] },
} as const;

/** Table 3's primary needs or other needs, as counts, women beside men. */
function needCountsFigure(needs: Figure[], topic: keyof typeof NEED_COUNTS, id: string): FigureModel {
  const v = needCountsView(needs, topic);
  const { text, need, cautions } = NEED_COUNTS[topic];
  return model(v, text, {
    id,
    alt: `Horizontal bars: the number of women and of men with each ${need} recorded at referral.`,
    colors: SEX_COLOURS,
    cautions: [...cautions],
    notes: notesOf(needs.filter((f) => f.topic === topic)),
    dataset: "needs",
    source: "Table 3",
  });
}

export const primaryNeedFigure = (needs: Figure[], id: string): FigureModel => needCountsFigure(needs, "primary need", id);
export const otherNeedsFigure = (needs: Figure[], id: string): FigureModel => needCountsFigure(needs, "other needs", id);

/** Types of partner abuse at referral (Table 5), women beside men. */
export function partnerAbuseTypesFigure(set: FigureSet, id: string): FigureModel {
  const v = partnerAbuseTypesView(set);
  return model(v, abuseTypesText, {
    id,
    alt: "Horizontal bars: for physical, emotional and sexual abuse from a partner, the share of women and of men with information who had experienced it, with counts and 95% intervals for small bases.",
    colors: SEX_COLOURS,
    max: 100,
    cautions: [`Every men's base, and the women's base for sexual abuse, is under ${n(SMALL_BASE)}.`],
    notes: notesOf(set.select({ dataset: "partner-abuse", period: "at referral" })),
    dataset: "partner-abuse",
    source: "Tables 4 and 5",
  });
}

/** Parents who had been in care, in contact with children's social care, or pregnant as a teenager. */
export function backgroundsFigure(set: FigureSet, id: string): FigureModel {
  const v = backgroundsView(set);
  return model(v, backgroundsText, {
    id,
    alt: "Horizontal bars: the share of all parents with information who had been in care, had contact with children's social care, or were pregnant or a parent as a teenager, with counts.",
    max: 100,
    cautions: [
      "Information is missing for many parents, and the report gives no base for some figures for women and men. The report notes that the share who had been in care may be higher than recorded.",
    ],
    notes: notesOf(
      ["care history", "childhood social care involvement", "teenage parenthood"].flatMap((topic) => set.select({ dataset: "backgrounds", topic })),
    ),
    dataset: "backgrounds",
    source: "detailed findings on referrals and on pregnancy and outcomes",
  });
}

/** Parents with none, one or more earlier pregnancies that ended in a child's removal. */
export function previousRemovalsFigure(backgrounds: Figure[], id: string): FigureModel {
  const v = previousRemovalsView(backgrounds);
  return model(v, removalsText, {
    id,
    alt: "Horizontal bars: the number of women and of men with none, one, two, three or four earlier pregnancies that ended in a child's removal.",
    colors: SEX_COLOURS,
    cautions: [
      `The men's series in the report's chart data has fewer values than categories; this site places them as the printed means require (see the data notes). ${v.uncertain.length > 0 ? "Treat the men's distribution as approximate." : ""}`,
    ],
    notes: notesOf(backgrounds.filter((f) => f.topic === "previous removals")),
    dataset: "backgrounds",
    source: "chart data on previous removals",
  });
}
