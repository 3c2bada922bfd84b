// The North West list as published: contacts become a list, cut-off cells are
// flagged (never completed), and empty cells stay empty. The referral criteria
// are published only in our words: the site republishes no sentence of its sources.
import { DataError, fail } from "../../errors.ts";
import type { Row } from "./cells.ts";
import type { Service } from "../../contract/site.ts";

const text = (r: Row, c: string) => (r.cells[c] as string | null) ?? null;
const list = (r: Row, c: string) => (r.cells[c] as string[] | null) ?? [];

export function rowToService(r: Row): Service {
  return {
    localAuthority: text(r, "local_authority") ?? "",
    region: text(r, "region") ?? "",
    serviceType: text(r, "service_type") ?? "",
    serviceName: text(r, "service_name"),
    organisation: text(r, "organisation"),
    criteriaInOurWords: text(r, "referral_criteria_in_our_words"),
    lengthOfOffer: text(r, "length_of_offer"),
    evaluated: text(r, "evaluated"),
    links: text(r, "links"),
    contacts: list(r, "contacts"),
    truncated: list(r, "truncated"),
    remark: text(r, "note"),
  };
}

/** Whether the published "evaluated" cell says yes. */
export function isEvaluated(s: Service): boolean {
  return /^yes\b/i.test(s.evaluated ?? "");
}

/** The page shows referral criteria in our words: every published criteria cell needs them, and none without one. */
export function checkOwnWords(rows: Row[]): void {
  const problems = rows.flatMap((r) =>
    !!r.raw["referral_criteria"] === !!r.raw["referral_criteria_in_our_words"]
      ? []
      : [
          fail({
            file: r.file,
            line: r.line,
            column: "referral_criteria_in_our_words",
            id: "own-words",
            message: r.raw["referral_criteria"] ? "the published criteria need our own words for the page" : "our words without a published cell to stand for",
          }),
        ],
  );
  if (problems.length) throw new DataError(problems);
}
