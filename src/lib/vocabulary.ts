// Fixed lists that are not the data's vocabulary. Groups and categories, with
// their labels, phrases and groupings, are in data/vocabulary.csv (read by
// src/lib/figures/terms.ts and checked against every input by the data step).
/** Themes of the practice guides (data/practice-guides.csv), in display order.
 * A fixed list so filters stay stable; a guide may carry several. */
export const THEMES = [
  "recurrent-care-and-pre-birth",
  "courts-and-proceedings",
  "family-help",
  "children-in-care",
  "placements-and-sufficiency",
  "care-leavers",
  "send-and-education",
  "youth-justice-and-exploitation",
  "domestic-abuse",
  "safeguarding-and-neglect",
  "health",
  "workforce",
  "voice-of-the-child",
] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_LABELS: Record<Theme, string> = {
  "recurrent-care-and-pre-birth": "Recurrent care and pre-birth support",
  "courts-and-proceedings": "Courts and care proceedings",
  "family-help": "Family help",
  "children-in-care": "Children in care",
  "placements-and-sufficiency": "Placements and sufficiency",
  "care-leavers": "Care leavers",
  "send-and-education": "Special educational needs, disability and education",
  "youth-justice-and-exploitation": "Youth justice and exploitation",
  "domestic-abuse": "Domestic abuse",
  "safeguarding-and-neglect": "Safeguarding and neglect",
  health: "Health",
  workforce: "Workforce and practice tools",
  "voice-of-the-child": "Voice of children and young people",
};
