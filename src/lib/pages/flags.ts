// Disagreement flags that say what they change. A flag sits beside figures a
// page shows; the ledger entry's `effects` (data/ledger.json, checked by the
// build) say what the reading we recommend does to each of them, and this
// words it: "does not change the report's £3.8 million", or "the report's 118
// would be 84".
// Nothing here is typed per page: an entry flagged beside a figure it gives no
// effect for stops the build, so no flag can go up without saying what it changes.
// The data step checks what it can on its own (each effect's figures exist and
// share a measure); which figures a page shows is only known here, so this one
// check is made at page build. Once every entry gives an effect for every figure
// it disputes, the data step can require it and this guard never fires.
import type { Figure } from "../contract/site.ts";
import type { PublishedLedgerEntry } from "../contract/ledger.ts";
import { formatFigure } from "../format.ts";
import { roundedGbp } from "../costs.ts";
import type { FigureSet } from "../figures/set.ts";

export interface Flag {
  id: string;
  title: string;
  /** Whether the reading we recommend changes any figure shown beside the flag. */
  changes: boolean;
  /** What it changes, in a few words, from the entry's effects. */
  change: string;
}

/**
 * Ledger entries that dispute one of these figures: a failing check whose first
 * figure (the printed result it tests) is one of them. A figure used only as an
 * input, or as the group total a flow diagram is measured against
 * ("flow-total"), is not itself in doubt, so it carries no flag. An entry the
 * ledger marks explained (the source allows it) disputes nothing.
 */
export function disputing(figureIds: string[], ledger: PublishedLedgerEntry[]): PublishedLedgerEntry[] {
  const disputes = (r: PublishedLedgerEntry["results"][number]) => !r.ok && r.rule !== "flow-total" && figureIds.includes(r.figures[0] ?? "");
  return ledger.filter((e) => e.verdict !== "explained" && e.results.some(disputes));
}

/** A figure as a reader meets it: £3.8 million, 118, 57%. A sum of pounds in millions, as the report prints them. */
function shown(f: Pick<Figure, "measure" | "value">): string {
  return f.measure === "gbp" && Math.abs(f.value) >= 1_000_000 ? roundedGbp(f.value) : formatFigure(f);
}

/**
 * The flags for the figures a page shows, each saying what it changes. Throws
 * (a build error) when an entry disputes a shown figure but its effects say
 * nothing of it, or name a figure the build did not publish.
 */
export function flagsFor(ids: string[], ledger: PublishedLedgerEntry[], set: FigureSet): Flag[] {
  const figure = (id: string, entry: string) => {
    const r = set.records.find((x) => x.id === id);
    if (!r || r.value === null) throw new Error(`flag "${entry}": ${id} is not a published figure with a value`);
    return { measure: r.measure as Figure["measure"], value: r.value };
  };
  return disputing(ids, ledger).map((entry) => {
    const disputed = new Set(entry.results.filter((r) => !r.ok && r.rule !== "flow-total").map((r) => r.figures[0] ?? ""));
    const here = ids.filter((id) => disputed.has(id));
    const words = here.map((id) => {
      const effect = entry.effects.find((e) => e.figure === id);
      if (!effect) throw new Error(`flag "${entry.id}": its ledger entry gives no effect for ${id}, which the page shows (add one to data/ledger.json)`);
      const from = `the report's ${shown(figure(id, entry.id))}`;
      return effect.becomes === null
        ? { changed: false, text: `does not change ${from}` }
        : { changed: true, text: `${from} would be ${shown(figure(effect.becomes, entry.id))}` };
    });
    const changed = words.filter((w) => w.changed);
    const change = capitalise(words.map((w) => w.text).join("; "));
    return { id: entry.id, title: entry.title, changes: changed.length > 0, change };
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
