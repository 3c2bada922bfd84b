// The North West tile map: every council one square, coloured and lettered by
// the type of service the 2020 list gives for it (or none), linking to its
// entry in the directory (src/lib/pages/services.ts).
import type { Service } from "../contract/site.ts";
import type { FigureModel } from "./model.ts";
import type { Tile, TileCategory } from "./rows.ts";
import type { TableModel } from "../table.ts";
import { DOCUMENTS } from "../documents.ts";
import { formatNumber } from "../format.ts";
import { palette } from "../plot/palette.ts";
import { isEvaluated } from "../data-step/read/services.ts";
import { authorityAnchor, NORTH_WEST } from "./north-west.ts";

export type CategoryKey = "pause" | "local" | "development" | "none";

/** The list's three service types, plus councils with no entry. Fills meet 3:1 against white, inks 4.5:1 on the fill. */
export const CATEGORIES: (Omit<TileCategory, "count"> & { key: CategoryKey; published: string | null })[] = [
  { key: "pause", published: "Pause practice", label: "Pause practice", code: "P", short: "Pause", fill: palette.darkBlue, ink: "#ffffff" },
  {
    key: "local",
    published: "Locally developed service",
    label: "Locally developed service",
    code: "L",
    short: "Local",
    fill: palette.turquoise,
    ink: "#0b0c0c",
  },
  {
    key: "development",
    published: "Local service in development",
    label: "Local service in development",
    code: "D",
    short: "In dev.",
    fill: palette.orange,
    ink: "#0b0c0c",
  },
  { key: "none", published: null, label: "No service listed", code: "–", short: "None", fill: "#ffffff", ink: "#0b0c0c" },
];

export function categoryOf(s: Service | undefined): CategoryKey {
  if (!s) return "none";
  const c = CATEGORIES.find((x) => x.published === s.serviceType);
  if (!c) throw new Error(`services view: unknown service type "${s.serviceType}" for ${s.localAuthority}`);
  return c.key;
}

export type Evaluation = "yes" | "no" | "not-stated";
export const EVALUATION_LABELS: Record<Evaluation, string> = { yes: "Evaluated", no: "Not evaluated", "not-stated": "Not stated" };

/** Reads the published "evaluated" cell: "Yes, ..." / "No" / empty. */
export function evaluationOf(s: Service): Evaluation {
  if (isEvaluated(s)) return "yes";
  return /^no\b/i.test(s.evaluated ?? "") ? "no" : "not-stated";
}

/** Each council paired with its entry; a listed council missing from the grid is a build error. */
export function byAuthority(services: Service[]) {
  const names = new Set(NORTH_WEST.map((a) => a.name));
  const stray = services.filter((s) => !names.has(s.localAuthority));
  if (stray.length) throw new Error(`services view: not on the North West grid: ${stray.map((s) => s.localAuthority).join(", ")}`);
  return NORTH_WEST.map((a) => ({ ...a, service: services.find((s) => s.localAuthority === a.name), anchor: authorityAnchor(a.name) }));
}

export function categoryCounts(services: Service[]): TileCategory[] {
  const all = byAuthority(services);
  return CATEGORIES.map(({ published: _, ...c }) => ({ ...c, count: all.filter((a) => categoryOf(a.service) === c.key).length }));
}

export function tiles(services: Service[]): Tile[] {
  return byAuthority(services).map((a) => ({
    abbr: a.abbr,
    name: a.name,
    col: a.col,
    row: a.row,
    category: categoryOf(a.service),
    outlined: a.greaterManchester,
    href: `#${a.anchor}`,
  }));
}

const TABLE_EVALUATION: Record<Evaluation, string> = { yes: "Yes", no: "No", "not-stated": "Not stated" };
const labelOf = (key: CategoryKey) => CATEGORIES.find((c) => c.key === key)!.label;

export function mapTable(services: Service[]): TableModel {
  return {
    caption: "North West councils in 2020: the service listed for each",
    columns: [{ label: "Council (map label)" }, { label: "Service type" }, { label: "Evaluated?" }],
    rows: [...byAuthority(services)]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a) => [
        `${a.name} (${a.abbr})${a.greaterManchester ? ", Greater Manchester" : ""}`,
        labelOf(categoryOf(a.service)),
        a.service ? TABLE_EVALUATION[evaluationOf(a.service)] : "No entry",
      ]),
  };
}

export function servicesMapFigure(list: Service[], id: string): FigureModel {
  const year = DOCUMENTS.services.year;
  const categories = categoryCounts(list);
  const counts = Object.fromEntries(categories.map((c) => [c.key, c]));
  const n = (key: string) => formatNumber(counts[key]!.count);
  const total = formatNumber(NORTH_WEST.length);
  const title = `${formatNumber(list.length)} of the ${total} North West councils had a service on the ${year} list; ${n("pause")} were Pause practices`;
  return {
    id,
    title,
    summary: `Salford was one of ${n("local")} councils with a service they had developed themselves, and ${n("development")} more were developing one. The other ${n("none")} had no entry, which does not mean they offered no support.`,
    alt: `Tile map of the ${total} North West councils, one square each placed roughly where the council is, coloured and lettered by the type of service listed. Greater Manchester's ten councils are outlined. Each square links to the council's entry above.`,
    chart: { kind: "tile-map", tiles: tiles(list), categories, outlineLabel: "Greater Manchester (outlined)" },
    table: mapTable(list),
    bases: [],
    cautions: [
      `The list reflects what was reported in ${year}. An empty square means no entry, not that a council had no support for these parents; council boundaries are those of ${year}.`,
    ],
    notes: [],
    dataset: "services",
    source: "North West list",
  };
}
