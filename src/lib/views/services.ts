// The services directory and map: every North West council with the service
// the 2020 list gives for it (or none), counts by type and by evaluation, and
// each service's facts exactly as published, with cut-off cells flagged.
import type { Service } from "../schema.ts";
import type { Tile, TileCategory } from "../figures/rows.ts";
import type { TableModel } from "../table.ts";
import { palette } from "../plot/palette.ts";
import { isEvaluated } from "../services.ts";
import { authorityAnchor, NORTH_WEST } from "./north-west.ts";

export type CategoryKey = "pause" | "local" | "development" | "none";

/** The list's three service types, plus councils with no entry. Fills meet 3:1 against white, inks 4.5:1 on the fill. */
export const CATEGORIES: (Omit<TileCategory, "count"> & { key: CategoryKey; published: string | null })[] = [
  { key: "pause", published: "Pause practice", label: "Pause practice", code: "P", short: "Pause", fill: palette.darkBlue, ink: "#ffffff" },
  { key: "local", published: "Locally developed service", label: "Locally developed service", code: "L", short: "Local", fill: palette.turquoise, ink: "#0b0c0c" },
  { key: "development", published: "Local service in development", label: "Local service in development", code: "D", short: "In dev.", fill: palette.orange, ink: "#0b0c0c" },
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

export function evaluationCounts(services: Service[]): Record<Evaluation, number> {
  const count = (e: Evaluation) => services.filter((s) => evaluationOf(s) === e).length;
  return { yes: count("yes"), no: count("no"), "not-stated": count("not-stated") };
}

export function tiles(services: Service[]): Tile[] {
  return byAuthority(services).map((a) => ({
    abbr: a.abbr, name: a.name, col: a.col, row: a.row, category: categoryOf(a.service), outlined: a.greaterManchester, href: `#${a.anchor}`,
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
      .map((a) => [`${a.name} (${a.abbr})${a.greaterManchester ? ", Greater Manchester" : ""}`, labelOf(categoryOf(a.service)), a.service ? TABLE_EVALUATION[evaluationOf(a.service)] : "No entry"]),
  };
}

/** The directory, grouped by type in the key's order; "none" lists councils without an entry. */
export function directoryGroups(services: Service[]) {
  const all = byAuthority(services);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return CATEGORIES.map((c) => ({ ...c, id: `type-${c.key}`, entries: all.filter((a) => categoryOf(a.service) === c.key).sort(byName) }));
}

export interface Fact {
  label: string;
  value: string | null;
  /** Contact addresses, one link each. */
  emails?: string[];
  /** The source cell is cut off mid-text: shown as published, never completed. */
  cutOff: boolean;
}

/**
 * The list prints some name cells as a bracketed, italic status ("(in
 * development)") rather than a name. That is a status: the entry has no name
 * yet, and the status is shown as a tag, never as the service's name.
 */
export function nameAndStatus(s: Service): { name: string | null; status: string | null } {
  const m = /^\((.+)\)$/.exec(s.serviceName?.trim() ?? "");
  return m ? { name: null, status: m[1]!.trim() } : { name: s.serviceName, status: null };
}

const FACTS: { column: string; label: string; get: (s: Service) => string | null }[] = [
  { column: "service_type", label: "Type of service", get: (s) => s.serviceType },
  { column: "service_name", label: "Name of service", get: (s) => nameAndStatus(s).name },
  { column: "organisation", label: "Organisation delivering it", get: (s) => s.organisation },
  // The page gives the criteria in our words; the published sentences stay in the downloads (services.csv).
  { column: "referral_criteria", label: "Referral criteria (in our words)", get: (s) => s.criteriaInOurWords },
  { column: "length_of_offer", label: "Length of offer", get: (s) => s.lengthOfOffer },
  { column: "evaluated", label: "Evaluated?", get: (s) => s.evaluated },
  // The list's link text (document titles with its own wording round them) is left to the downloads: the
  // addresses were not carried over, so on the page it would only repeat the source's words.
];

/** Every published fact of one entry, in the list's column order; empty cells stay empty. */
export function serviceFacts(s: Service): Fact[] {
  return [
    ...FACTS.map((f) => ({ label: f.label, value: f.get(s), cutOff: s.truncated.includes(f.column) })),
    { label: "Contacts", value: null, emails: s.contacts, cutOff: s.truncated.includes("contacts") },
  ];
}

/** Listed services grouped by what the list says about evaluation, for in-page links. */
export function evaluationIndex(services: Service[]) {
  return (Object.keys(EVALUATION_LABELS) as Evaluation[]).map((e) => ({
    key: e,
    label: EVALUATION_LABELS[e],
    entries: services.filter((s) => evaluationOf(s) === e).map((s) => ({ name: s.localAuthority, anchor: authorityAnchor(s.localAuthority) })),
  }));
}
