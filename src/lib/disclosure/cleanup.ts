// The clean-up pass after a pattern that is not proven optimal (the time
// limit ran out, or the heuristic completed it): try to show each secondary
// cell again, the most costly first, and keep it shown if every hidden and
// guarded cell in its block still passes the audit. A proven-optimal pattern
// needs none (no cell of it can be shown again without a cell failing).
import { attack } from "./attacker.ts";
import type { Block } from "./blocks.ts";
import { isGuarded, passes } from "./suppress.ts";
import { type Settings, type Table } from "./table.ts";
import type { SuppressionKind } from "./types.ts";

/** Shows again every secondary cell in `cells` that is not needed; returns those it showed. `kinds` is updated. */
export async function cleanUp(
  table: Table,
  kinds: Map<number, SuppressionKind>,
  settings: Settings,
  cells: number[],
  blockOf: Map<number, Block>,
): Promise<number[]> {
  const order = cells.filter((c) => kinds.get(c) === "secondary").sort((a, b) => (table.cost[b] ?? 0) - (table.cost[a] ?? 0) || a - b);
  const shown: number[] = [];
  for (const cell of order) {
    kinds.delete(cell);
    const hidden = new Set(kinds.keys());
    const block = blockOf.get(cell)?.cells ?? [];
    const targets = block.filter((i) => hidden.has(i) || isGuarded(table, i, settings.k));
    const found = await attack(table, hidden, settings, targets);
    if (targets.every((t) => passes(found.get(t) ?? { lower: 0, upper: 0 }, settings.k))) shown.push(cell);
    else kinds.set(cell, "secondary");
  }
  return shown;
}
