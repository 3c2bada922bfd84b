// Words and table rows for the monitoring pages, from the services index: the
// page arranges them and computes nothing.
import { formatMonth, formatNumber } from "../format.ts";
import type { TableModel } from "../table.ts";
import type { Disclosure } from "../contract/bundle.ts";
import type { ReleaseEntry, ServiceEntry } from "../contract/services.ts";

export const periodText = (e: Pick<ServiceEntry, "period">) => `${formatMonth(e.period.from)} to ${formatMonth(e.period.to)}`;

/** One release in a service's list: "Figures to March 2024 (parents referred April 2019 to March 2024; 120 of 279 counts hidden)". */
export const releaseText = (r: ReleaseEntry) =>
  `Figures to ${formatMonth(r.period.to)} (parents referred ${periodText(r)}; ${formatNumber(r.hidden)} of ${formatNumber(r.counts)} counts hidden)`;

/** "3 releases; the latest has figures to March 2025." */
export const releasesText = (e: ServiceEntry) =>
  `${e.releases.length === 1 ? "One release" : `${formatNumber(e.releases.length)} releases`}; the latest has figures to ${formatMonth(e.release)}.`;

/** How a service's figures are protected, in one sentence. */
export function protectionText(e: ServiceEntry): string {
  const k = formatNumber(e.disclosure.k);
  const rounding = e.disclosure.rounding ? ` Counts are rounded to the nearest ${formatNumber(e.disclosure.rounding)}.` : "";
  return `Counts from 1 to ${formatNumber(e.disclosure.k - 1)} are suppressed, and so are other counts that would let one be worked out, or show that a whole group shares one category (protection level ${k}): ${formatNumber(e.hidden)} of the ${formatNumber(e.counts)} counts published are marked [c].${rounding}`;
}

/** The list of services on /monitoring/, one row each. */
export function servicesTable(services: ServiceEntry[]): TableModel {
  return {
    caption: "Services that publish figures from their client tracker",
    columns: [{ label: "Service" }, { label: "Council" }, { label: "Period covered" }, { label: "Counts hidden to protect confidentiality", numeric: true }],
    rows: services.map((e) => [e.name, e.council ?? "Not given", periodText(e), `${formatNumber(e.hidden)} of ${formatNumber(e.counts)}`]),
  };
}

/** What was hidden in one bundle, and the narrowest range a reader can prove for a [c] from the printed figures. */
export function hiddenTable(name: string, d: Disclosure): TableModel {
  const widths = d.cells.map((c) => c.width).filter((w): w is number => w !== null);
  const unbounded = d.cells.filter((c) => c.unbounded).length;
  const narrowest = widths.length ? formatNumber(Math.min(...widths)) : "none bounded";
  return {
    caption: `${name}: what the audit found`,
    columns: [{ label: "Measure" }, { label: "Value", numeric: true }],
    rows: [
      // Not split into small counts and others: with none of the second kind, that would say every [c] is small.
      ["Counts suppressed (each may print in more than one table)", formatNumber(d.counts.hidden)],
      ["Narrowest range the published figures allow for a suppressed count", narrowest],
      ["Suppressed counts the published figures do not bound at all", formatNumber(unbounded)],
    ],
  };
}

/** "The figures cover 150 parents referred and 59 children whose family's case had closed", with [c] for a suppressed count. */
export function sizeText(size: { parents: number | null; children: number | null }): string {
  const count = (n: number | null, one: string, many: string, rest: string) =>
    n === null ? `[c] ${many} ${rest} (a number suppressed to protect confidentiality)` : `${formatNumber(n)} ${n === 1 ? one : many} ${rest}`;
  return `The figures cover ${count(size.parents, "parent", "parents", "referred")} and ${count(size.children, "child", "children", "whose family's case had closed")}.`;
}

/**
 * The monitoring page of a council on the North West list, when one of the
 * published bundles is that council's ("Salford City Council" for "Salford").
 */
export function pageFor(services: readonly ServiceEntry[], localAuthority: string): { href: string; name: string } | null {
  const e = services.find((s) => s.council !== null && (s.council === localAuthority || s.council.startsWith(`${localAuthority} `)));
  return e ? { href: `/monitoring/${e.slug}/`, name: e.name } : null;
}
