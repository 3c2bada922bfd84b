// The North West's 23 upper-tier and unitary councils as they were in 2020
// (the year of the services list), on a tile grid: one equal square each,
// placed roughly where the council sits (column 0 is the west coast, row 0 the
// north). A tile grid shows every council at the same size, so small
// metropolitan boroughs are as visible as Cumbria or Lancashire.
export interface Authority {
  /** Name as the services list spells it ("St. Helens"). */
  name: string;
  /** Map label; unique. */
  abbr: string;
  col: number;
  row: number;
  /** One of the ten Greater Manchester councils (outlined on the map). */
  greaterManchester: boolean;
}

const gm = true;
export const NORTH_WEST: Authority[] = [
  { name: "Cumbria", abbr: "Cum", col: 3, row: 0, greaterManchester: false },
  { name: "Blackpool", abbr: "Bpl", col: 2, row: 1, greaterManchester: false },
  { name: "Lancashire", abbr: "Lan", col: 3, row: 1, greaterManchester: false },
  { name: "Blackburn with Darwen", abbr: "BwD", col: 4, row: 1, greaterManchester: false },
  { name: "Sefton", abbr: "Sef", col: 1, row: 2, greaterManchester: false },
  { name: "Wigan", abbr: "Wig", col: 3, row: 2, greaterManchester: gm },
  { name: "Bolton", abbr: "Bol", col: 4, row: 2, greaterManchester: gm },
  { name: "Bury", abbr: "Bur", col: 5, row: 2, greaterManchester: gm },
  { name: "Rochdale", abbr: "Roc", col: 6, row: 2, greaterManchester: gm },
  { name: "Liverpool", abbr: "Liv", col: 1, row: 3, greaterManchester: false },
  { name: "Knowsley", abbr: "Kno", col: 2, row: 3, greaterManchester: false },
  { name: "St. Helens", abbr: "StH", col: 3, row: 3, greaterManchester: false },
  { name: "Salford", abbr: "Sal", col: 4, row: 3, greaterManchester: gm },
  { name: "Manchester", abbr: "Man", col: 5, row: 3, greaterManchester: gm },
  { name: "Oldham", abbr: "Old", col: 6, row: 3, greaterManchester: gm },
  { name: "Wirral", abbr: "Wir", col: 0, row: 4, greaterManchester: false },
  { name: "Halton", abbr: "Hal", col: 2, row: 4, greaterManchester: false },
  { name: "Warrington", abbr: "War", col: 3, row: 4, greaterManchester: false },
  { name: "Trafford", abbr: "Tra", col: 4, row: 4, greaterManchester: gm },
  { name: "Stockport", abbr: "Stp", col: 5, row: 4, greaterManchester: gm },
  { name: "Tameside", abbr: "Tam", col: 6, row: 4, greaterManchester: gm },
  { name: "Cheshire West and Chester", abbr: "CWC", col: 2, row: 5, greaterManchester: false },
  { name: "Cheshire East", abbr: "ChE", col: 3, row: 5, greaterManchester: false },
];

/** In-page anchor for an authority's entry: "la-st-helens". */
export const authorityAnchor = (name: string) =>
  `la-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")}`;
