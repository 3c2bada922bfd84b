// The services directory: every North West council with the service the 2020
// list gives for it (or none), counts by evaluation, and each service's facts
// exactly as published, with cut-off cells flagged. The types of service, and
// the tile map, are in src/lib/figures/services-map.ts.
import type { Service } from "../contract/site.ts";
import { byAuthority, categoryOf, CATEGORIES, EVALUATION_LABELS, evaluationOf, type Evaluation } from "../figures/services-map.ts";
import { authorityAnchor } from "../figures/north-west.ts";

export function evaluationCounts(services: Service[]): Record<Evaluation, number> {
  const count = (e: Evaluation) => services.filter((s) => evaluationOf(s) === e).length;
  return { yes: count("yes"), no: count("no"), "not-stated": count("not-stated") };
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
