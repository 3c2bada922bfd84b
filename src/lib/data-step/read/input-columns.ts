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

type Column = Omit<ColumnSpec, "name">;

/** A column every row must fill, and one a row may leave blank. */
const required = (type: CellType, description: string): Column => ({ required: true, type, description });
const optional = (type: CellType, description: string): Column => ({ required: false, type, description });

/** A file's columns, in the order the table lists them. */
const columns = (specs: Record<string, Column>): ColumnSpec[] => Object.entries(specs).map(([name, spec]) => ({ name, ...spec }));

const source = {
  table: required("text", '"Table N", "Chart data: <chart title>", or the section name for a figure in the text'),
  section: required("text", "Section heading of the source document"),
  note: optional("text", "Transcription remark, in our words"),
};

/** Long-form figures: one row per published figure. */
export const FIGURE_COLUMNS: ColumnSpec[] = columns({
  group: required("text", "Who the figure is about"),
  topic: optional("text", "Sub-heading within the dataset"),
  period: optional("text", "When: at referral, after three years, a year..."),
  category: required("text", "Row label as printed"),
  measure: required("measure", `One of ${MEASURES.join(", ")}`),
  value: required("number", "The figure as printed (51 means 51%)"),
  base: optional("whole", "The n the figure is out of"),
  precision: optional("number", "Rounding unit where coarser than the printed digits (e.g. 100000 for £3.8 million)"),
  variant: optional("text", "Marks a restatement printed elsewhere with a different value"),
  ...source,
});

/** Flow diagrams: one row per arrow from a status at one time to a status later. */
export const FLOW_COLUMNS: ColumnSpec[] = columns({
  topic: required("text", "What moved (child status, housing status...)"),
  from: required("text", "Status at the start"),
  to: required("text", "Status at the end"),
  value: required("whole", "Number of people"),
  ...source,
});

/** Chart series printed only as fractions; the build recovers whole counts. */
export const FRACTION_COLUMNS: ColumnSpec[] = columns({
  series: required("text", "Chart title as printed"),
  dataset: required("text", "Dataset the recovered count belongs to"),
  group: required("text", "Who"),
  topic: optional("text", "Sub-heading"),
  period: optional("text", "When"),
  category: required("text", "Category"),
  fraction: required("fraction", "The exact fraction printed in the chart data"),
  ...source,
});

/** Cross-figure arithmetic the report relies on; a failure needs a ledger entry. */
export const RELATION_COLUMNS: ColumnSpec[] = columns({
  id: required("text", "Check identifier"),
  rule: required("text", "sum, difference, product, ratio, percent or equal"),
  target: required("text", "Figure id of the printed result"),
  inputs: required("text", "Figure ids or numbers, separated by spaces"),
  description: required("text", "What the report says this figure is"),
  whose: required("text", "report: the report's own arithmetic; site: a comparison this site makes"),
});

/** Figures and flows whose placement is inferred rather than printed. */
export const PLACEMENT_COLUMNS: ColumnSpec[] = columns({
  target: required("text", "A figure id, or a flow as dataset|topic|from|to"),
  how: required("text", "How the value was placed, in words"),
});

/** Figures this site derives from published ones (our groupings), published as derived. */
export const DERIVED_COLUMNS: ColumnSpec[] = columns({
  dataset: required("text", "Dataset the derived figure belongs to"),
  group: required("text", "Who"),
  topic: optional("text", "Sub-heading"),
  period: optional("text", "When"),
  category: required("text", "What the derived figure counts"),
  rule: required("text", "sum, difference, grouping, share, ratio or product of the inputs"),
  inputs: required("text", "Figure ids (a leading - subtracts in a sum), separated by spaces"),
  base: optional("whole", "The n the derived count is out of"),
  description: required("text", "What the grouping is and why, in words"),
});

/** The North West list of recurrent-care services, cells as published. */
export const SERVICE_COLUMNS: ColumnSpec[] = columns({
  local_authority: required("text", "Local authority area"),
  region: required("text", "Region"),
  service_type: required("text", "Pause practice, locally developed service, or in development"),
  service_name: optional("text", "Name of the service"),
  organisation: optional("text", "Organisation delivering it"),
  referral_criteria: optional("text", "Who can be referred, as published"),
  referral_criteria_in_our_words: optional(
    "text",
    "The same criteria in our words, for the page (the site does not reproduce the list's sentences); empty exactly when the published cell is",
  ),
  length_of_offer: optional("text", "Length of the service offer"),
  evaluated: optional("text", "Whether the service has been evaluated, as published"),
  links: optional("text", "Link text as published (the addresses were not carried over)"),
  contacts: optional("emails", "Contact email addresses, space separated"),
  truncated: optional("columns", "Columns whose published cell is cut off"),
  note: optional("text", "Transcription remark, in our words"),
});

/** Practice guides from North West councils: one row per guide, in our words. */
export const GUIDE_COLUMNS: ColumnSpec[] = columns({
  council: optional("text", "Council that published the guide; empty when the summary names none"),
  title: required("text", "The guide's name or topic, short"),
  themes: required("text", "Themes from the fixed list in src/lib/vocabulary.ts, space separated"),
  summary: required("text", "One line on what the guide covers, in our words"),
  source: required("text", "Which copy of the summaries lists it: a, b or both"),
  recurrent_care: required("text", "yes when the work is with parents at or near care proceedings, the group recurrent-care services serve"),
  note: optional("text", "Transcription remark, in our words"),
});
