// The charts of /wellbeing/: partner abuse over time (Table 4), Table 6's single
// measures at referral and after three years, and the recommended reading of
// relationships, housing and work. Rows, tables and words are in wellbeing-tables.ts.
import type { Figure } from "../contract/site.ts";
import type { FigureModel } from "./model.ts";
import { notesOf, shareText } from "./shares.ts";
import type { FigureSet } from "./set.ts";
import {
  abuseChangeTitle,
  beforeAfterTable,
  measureLabel,
  measuresSummary,
  measuresTitle,
  pairedBars,
  partnerAbuseView,
  readingLabel,
  readingSummary,
  readingTable,
  readingTitle,
  recommendedReading,
  table6Changes,
  GROUPS,
  MEASURES,
  PERIODS,
  READING,
} from "./wellbeing-tables.ts";
import { formatNumber as n } from "../format.ts";
import { pair, palette } from "../plot/palette.ts";
import { SMALL_BASE } from "../stats/wilson.ts";

/** At referral in turquoise, three years later in dark blue. */
const TIME_COLOURS = { [PERIODS["at referral"]!]: palette.turquoise, [PERIODS["after three years"]!]: palette.darkBlue };
/** Ledger entries on a topic's first printings for all parents. */
const notesOn = (set: FigureSet, topics: string[]) =>
  notesOf(
    topics.flatMap((topic) => set.select({ dataset: "wellbeing", topic, group: "all parents" })).filter((r) => r.variant === null || r.variant === undefined),
  );

/** Partner abuse at referral, after three years and at case closure (Table 4), for women, men and all parents. */
export function partnerAbuseChangeFigure(set: FigureSet, id: string): FigureModel {
  const abuse = partnerAbuseView(set);
  const [ref, later, closure] = ["at referral", "after three years", "at case closure"].map((p) => abuse.find(p, "all parents")!);
  return {
    id,
    title: abuseChangeTitle(ref!, later!),
    summary: `Of parents with information, ${shareText(ref!)} reported partner abuse at referral and ${shareText(later!)} after three years. At case closure the figure was ${shareText(closure!)}, but only for the few parents whose case had closed and who had information.`,
    alt: "Horizontal bars: at referral, after three years and at case closure, the share of women, men and all parents with information who reported partner abuse, with counts and, for small bases, 95% intervals.",
    chart: {
      kind: "bars",
      rows: abuse.bars,
      colors: { [GROUPS.women!]: pair.women, [GROUPS.men!]: pair.men, [GROUPS["all parents"]!]: palette.darkGrey },
      max: 100,
    },
    table: abuse.table,
    bases: [],
    cautions: [
      `Most of these bases are under ${n(SMALL_BASE)}; the case-closure figures rest on ${n(closure!.base)} parents. Read the intervals, not only the bars.`,
    ],
    notes: notesOf(set.select({ dataset: "partner-abuse", topic: "partner abuse" })),
    dataset: "partner-abuse",
    source: "Table 4",
  };
}

/** Alcohol, drugs, medication and probation: Table 6's single measures at referral and after three years. */
export function measuresFigure(set: FigureSet, id: string): FigureModel {
  const measures = table6Changes(set, Object.keys(MEASURES));
  return {
    id,
    title: measuresTitle(measures),
    summary: measuresSummary(measures),
    alt: "Paired horizontal bars: for each measure, the share of parents with information at referral and after three years, each labelled with its time in words and its count.",
    chart: { kind: "bars", rows: pairedBars(measures, measureLabel), colors: TIME_COLOURS, max: 100 },
    table: beforeAfterTable(measures, "Parents with information at each time, as printed in Table 6", measureLabel),
    bases: [],
    cautions: [],
    notes: notesOn(set, Object.keys(MEASURES)),
    dataset: "wellbeing",
    source: "Table 6",
  };
}

export interface ReadingOptions {
  id: string;
  /** Table 6's topic, e.g. "housing status". */
  topic: string;
  /** The table's first column heading: "Housing". */
  heading: string;
  /** In a sentence: "housing status". */
  subject: string;
}

/**
 * Relationships, housing or work: Table 6's rows do not add up at some times,
 * so the chart draws the notes' recommended reading (Table 6 stays beside it
 * on the page as printed, with the cells that differ marked).
 */
export function readingFigure(set: FigureSet, figures: Figure[], { id, topic, heading, subject }: ReadingOptions): FigureModel {
  const printed = table6Changes(set, [topic]);
  const reading = recommendedReading(
    figures,
    topic,
    printed.map((c) => c.category),
  );
  return {
    id,
    title: readingTitle(reading, subject),
    summary: readingSummary(reading),
    alt: `Paired horizontal bars, the ${READING}: for each ${subject}, the share of parents with information at referral and after three years, with counts.`,
    chart: { kind: "bars", rows: pairedBars(reading.list, readingLabel), colors: TIME_COLOURS, max: 100 },
    table: readingTable(reading, heading),
    bases: [],
    cautions: [],
    notes: notesOn(set, [topic]),
    dataset: "wellbeing-flows",
    source: `the report's text and the ${subject} diagram`,
  };
}
