// The North West tile map: every council one square, coloured and lettered by
// the type of service the 2020 list gives for it, linking to its entry.
import type { Service } from "../schema.ts";
import type { FigureModel } from "./model.ts";
import { DOCUMENTS } from "../documents.ts";
import { formatNumber } from "../format.ts";
import { categoryCounts, mapTable, tiles } from "../views/services.ts";
import { NORTH_WEST } from "../views/north-west.ts";

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
