// Can the pages draw this bundle? The data step asks before it publishes: it
// builds every figure model a service's page and the comparisons would build,
// and refuses the bundle (naming it and the figure) if a builder throws or a
// sentence would state a share of nobody. One council's unusual but valid
// export must never stop the site building for everyone; this check is where
// such a bundle is caught, with a message, instead of in the page renderer.
import { chartSpec } from "../../components/charts/spec.ts";
import type { FigureModel } from "../figures/model.ts";
import { renderBoth } from "../plot/both.ts";
import type { FigureSet } from "../figures/set.ts";
import { comparisonFigure, comparisonReadings } from "./compare.ts";
import type { ComparisonResult } from "../contract/services.ts";
import { serviceFindings } from "./findings.ts";

/** Words that must never reach a page: arithmetic gone wrong, or a share of no one. */
const NONSENSE: { pattern: RegExp; why: string }[] = [
  { pattern: /\bNaN\b|Infinity|undefined|\bnull\b/, why: "a number could not be worked out" },
  { pattern: /\b0 of (the )?0\b/, why: "it states a share of nobody (0 of 0)" },
  { pattern: /\b0% \(0 of [\d,]+\) against 0% \(0 of [\d,]+\)/, why: "it headlines a comparison of two zeros" },
];

/** Every sentence a figure model puts on a page. */
function texts(m: FigureModel): { where: string; text: string }[] {
  return [
    { where: "title", text: m.title },
    { where: "summary", text: m.summary },
    { where: "alt text", text: m.alt },
    ...m.cautions.map((text) => ({ where: "caution", text })),
    { where: "table", text: [m.table.caption, ...m.table.rows.flat()].join(" | ") },
  ];
}

function tryBuild<T>(what: string, build: () => T): { value?: T; problems: string[] } {
  try {
    return { value: build(), problems: [] };
  } catch (e) {
    return { problems: [`${what} could not be built (${(e as Error).message})`] };
  }
}

/** Problems with one figure model, in words; empty when it reads well. */
export function modelProblems(m: FigureModel): string[] {
  const out: string[] = [];
  for (const { where, text } of texts(m)) {
    for (const n of NONSENSE) if (n.pattern.test(text)) out.push(`figure "${m.id}": its ${where} cannot be shown because ${n.why}`);
  }
  if (m.chart.kind === "bars" && m.chart.rows.some((r) => r.value !== null && !Number.isFinite(r.value)))
    out.push(`figure "${m.id}": a bar has no finite length`);
  // The chart itself, drawn as the figure frame draws it.
  const drawn = tryBuild(`figure "${m.id}": its chart`, () =>
    renderBoth((layout) => chartSpec(m.chart, layout), { id: m.id, title: m.title, description: m.alt }),
  );
  if (drawn.value && /NaN|Infinity/.test(drawn.value.narrow + drawn.value.wide))
    out.push(`figure "${m.id}": its chart has a coordinate that could not be worked out`);
  return [...out, ...drawn.problems];
}

/** What would stop a service's page from being drawn, in words. */
export function serviceProblems(set: FigureSet): string[] {
  const built = tryBuild("the service's findings", () => serviceFindings(set));
  const models = (built.value ?? []).flatMap((s) => s.figures);
  const withheld = (built.value ?? []).flatMap((s) => (s.withheld ? [{ where: `section "${s.id}"`, text: s.withheld }] : []));
  const words = withheld.flatMap(({ where, text }) =>
    NONSENSE.filter((n) => n.pattern.test(text)).map((n) => `${where}: its note cannot be shown because ${n.why}`),
  );
  return [...built.problems, ...models.flatMap(modelProblems), ...words];
}

/** What would stop the comparison page from being drawn, in words. */
export function comparisonProblems(results: ComparisonResult[]): string[] {
  return results.flatMap((c) => {
    const figure = tryBuild(`comparison "${c.id}"`, () => comparisonFigure(c));
    const table = tryBuild(`comparison "${c.id}" table`, () => comparisonReadings(c));
    return [...figure.problems, ...table.problems, ...(figure.value ? modelProblems(figure.value) : [])];
  });
}
