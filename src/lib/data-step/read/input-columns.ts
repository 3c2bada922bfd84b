// The input columns of data/: each CSV the read stage takes, described field by
// field so a drifted file fails the build with the column named. The records the
// data step publishes are in src/lib/contract/.
import { MEASURES } from "../../contract/site.ts";

export type CellType = "text" | "number" | "whole" | "fraction" | "measure" | "emails" | "columns";

export interface ColumnSpec {
  name: string;
  required: boolean;
  type: CellType;
  /** What the column holds, for data/README.md and datapackage.json. */
  description: string;
}

const source: ColumnSpec[] = [
  { name: "table", required: true, type: "text", description: '"Table N", "Chart data: <chart title>", or the section name for a figure in the text' },
  { name: "section", required: true, type: "text", description: "Section heading of the source document" },
  { name: "note", required: false, type: "text", description: "Transcription remark, in our words" },
];

/** Long-form figures: one row per published figure. */
export const FIGURE_COLUMNS: ColumnSpec[] = [
  { name: "group", required: true, type: "text", description: "Who the figure is about" },
  { name: "topic", required: false, type: "text", description: "Sub-heading within the dataset" },
  { name: "period", required: false, type: "text", description: "When: at referral, after three years, a year..." },
  { name: "category", required: true, type: "text", description: "Row label as printed" },
  { name: "measure", required: true, type: "measure", description: `One of ${MEASURES.join(", ")}` },
  { name: "value", required: true, type: "number", description: "The figure as printed (51 means 51%)" },
  { name: "base", required: false, type: "whole", description: "The n the figure is out of" },
  { name: "precision", required: false, type: "number", description: "Rounding unit where coarser than the printed digits (e.g. 100000 for £3.8 million)" },
  { name: "variant", required: false, type: "text", description: "Marks a restatement printed elsewhere with a different value" },
  ...source,
];

/** Flow diagrams: one row per arrow from a status at one time to a status later. */
export const FLOW_COLUMNS: ColumnSpec[] = [
  { name: "topic", required: true, type: "text", description: "What moved (child status, housing status...)" },
  { name: "from", required: true, type: "text", description: "Status at the start" },
  { name: "to", required: true, type: "text", description: "Status at the end" },
  { name: "value", required: true, type: "whole", description: "Number of people" },
  ...source,
];

/** Chart series printed only as fractions; the build recovers whole counts. */
export const FRACTION_COLUMNS: ColumnSpec[] = [
  { name: "series", required: true, type: "text", description: "Chart title as printed" },
  { name: "dataset", required: true, type: "text", description: "Dataset the recovered count belongs to" },
  { name: "group", required: true, type: "text", description: "Who" },
  { name: "topic", required: false, type: "text", description: "Sub-heading" },
  { name: "period", required: false, type: "text", description: "When" },
  { name: "category", required: true, type: "text", description: "Category" },
  { name: "fraction", required: true, type: "fraction", description: "The exact fraction printed in the chart data" },
  ...source,
];

/** Cross-figure arithmetic the report relies on; a failure needs a ledger entry. */
export const RELATION_COLUMNS: ColumnSpec[] = [
  { name: "id", required: true, type: "text", description: "Check identifier" },
  { name: "rule", required: true, type: "text", description: "sum, difference, product, ratio, percent or equal" },
  { name: "target", required: true, type: "text", description: "Figure id of the printed result" },
  { name: "inputs", required: true, type: "text", description: "Figure ids or numbers, separated by spaces" },
  { name: "description", required: true, type: "text", description: "What the report says this figure is" },
  { name: "whose", required: true, type: "text", description: "report: the report's own arithmetic; site: a comparison this site makes" },
];

/** Figures and flows whose placement is inferred rather than printed. */
export const PLACEMENT_COLUMNS: ColumnSpec[] = [
  { name: "target", required: true, type: "text", description: "A figure id, or a flow as dataset|topic|from|to" },
  { name: "how", required: true, type: "text", description: "How the value was placed, in words" },
];

/** Figures this site derives from published ones (our groupings), published as derived. */
export const DERIVED_COLUMNS: ColumnSpec[] = [
  { name: "dataset", required: true, type: "text", description: "Dataset the derived figure belongs to" },
  { name: "group", required: true, type: "text", description: "Who" },
  { name: "topic", required: false, type: "text", description: "Sub-heading" },
  { name: "period", required: false, type: "text", description: "When" },
  { name: "category", required: true, type: "text", description: "What the derived figure counts" },
  { name: "rule", required: true, type: "text", description: "sum, difference, grouping, share, ratio or product of the inputs" },
  { name: "inputs", required: true, type: "text", description: "Figure ids (a leading - subtracts in a sum), separated by spaces" },
  { name: "base", required: false, type: "whole", description: "The n the derived count is out of" },
  { name: "description", required: true, type: "text", description: "What the grouping is and why, in words" },
];

/** The North West list of recurrent-care services, cells as published. */
export const SERVICE_COLUMNS: ColumnSpec[] = [
  { name: "local_authority", required: true, type: "text", description: "Local authority area" },
  { name: "region", required: true, type: "text", description: "Region" },
  { name: "service_type", required: true, type: "text", description: "Pause practice, locally developed service, or in development" },
  { name: "service_name", required: false, type: "text", description: "Name of the service" },
  { name: "organisation", required: false, type: "text", description: "Organisation delivering it" },
  { name: "referral_criteria", required: false, type: "text", description: "Who can be referred, as published" },
  {
    name: "referral_criteria_in_our_words",
    required: false,
    type: "text",
    description: "The same criteria in our words, for the page (the site does not reproduce the list's sentences); empty exactly when the published cell is",
  },
  { name: "length_of_offer", required: false, type: "text", description: "Length of the service offer" },
  { name: "evaluated", required: false, type: "text", description: "Whether the service has been evaluated, as published" },
  { name: "links", required: false, type: "text", description: "Link text as published (the addresses were not carried over)" },
  { name: "contacts", required: false, type: "emails", description: "Contact email addresses, space separated" },
  { name: "truncated", required: false, type: "columns", description: "Columns whose published cell is cut off" },
  { name: "note", required: false, type: "text", description: "Transcription remark, in our words" },
];

/** Practice guides from North West councils: one row per guide, in our words. */
export const GUIDE_COLUMNS: ColumnSpec[] = [
  { name: "council", required: false, type: "text", description: "Council that published the guide; empty when the summary names none" },
  { name: "title", required: true, type: "text", description: "The guide's name or topic, short" },
  { name: "themes", required: true, type: "text", description: "Themes from the fixed list in src/lib/vocabulary.ts, space separated" },
  { name: "summary", required: true, type: "text", description: "One line on what the guide covers, in our words" },
  { name: "source", required: true, type: "text", description: "Which copy of the summaries lists it: a, b or both" },
  {
    name: "recurrent_care",
    required: true,
    type: "text",
    description: "yes when the work is with parents at or near care proceedings, the group recurrent-care services serve",
  },
  { name: "note", required: false, type: "text", description: "Transcription remark, in our words" },
];
