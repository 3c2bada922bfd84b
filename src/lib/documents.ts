// The source documents, with the terms under which their figures are reused.
// None of them grants an open licence, so none is claimed here.
export interface SourceDocument {
  id: string;
  title: string;
  publisher: string;
  year: string;
  /** What the document says, or does not say, about reuse. */
  terms: string;
}

export const DOCUMENTS = {
  evaluation: {
    id: "evaluation",
    title: "Salford Strengthening Families evaluation (2020)",
    publisher: "University of Essex, for Salford City Council",
    year: "2020",
    terms: "Published report. It states no licence; figures are reproduced as facts with attribution, and the report's text is not reproduced.",
  },
  services: {
    id: "services",
    title: "Services for parents at risk of recurrent care proceedings: North West",
    publisher: "Centre for Child & Family Justice Research",
    year: "2020",
    terms: "Published list. It states no licence; entries are reproduced with attribution, as published.",
  },
  pause: {
    id: "pause",
    title: "Middlesbrough Council impact assessment: North East Pause (2023)",
    publisher: "Middlesbrough Council",
    year: "2023",
    terms: "Published council document. It states no licence; figures are reproduced as facts with attribution.",
  },
  guides: {
    id: "guides",
    title: "Practice guide summaries from North West councils",
    publisher: "North West councils (each guide's own council or partnership)",
    year: "not stated",
    terms: "Published summaries. They state no licence; the site lists each guide with a one-line summary in its own words and does not reproduce their text.",
  },
} as const satisfies Record<string, SourceDocument>;

export type DocumentId = keyof typeof DOCUMENTS;
