// The practice-guide index: guides grouped by council (each guide once, with
// its anchor) and by theme (links back to the entry), so both filters work as
// plain in-page links without JavaScript.
import type { Guide } from "../contract/site.ts";
import { THEME_LABELS, THEMES, type Theme } from "../vocabulary.ts";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export const NO_COUNCIL = "Council not named";

export const councilOf = (g: Guide) => g.council ?? NO_COUNCIL;
export const guideAnchor = (g: Guide) => `guide-${slug(`${g.council ?? "unnamed"} ${g.title}`)}`;
export const councilAnchor = (council: string) => `council-${slug(council)}`;
export const themeAnchor = (theme: string) => `theme-${theme}`;

export function themeLabel(theme: string): string {
  const label = THEME_LABELS[theme as Theme];
  if (!label) throw new Error(`practice guides view: unknown theme ${theme}`);
  return label;
}

/** Councils A to Z, then guides whose summary names no council. */
export function byCouncil(guides: Guide[]) {
  const councils = [...new Set(guides.map(councilOf))].sort((a, b) => (a === NO_COUNCIL ? 1 : b === NO_COUNCIL ? -1 : a.localeCompare(b)));
  return councils.map((council) => ({
    council,
    id: councilAnchor(council),
    guides: guides.filter((g) => councilOf(g) === council).sort((a, b) => a.title.localeCompare(b.title)),
  }));
}

/** Themes in the fixed order; themes no guide carries are left out. */
export function byTheme(guides: Guide[]) {
  return THEMES.map((theme) => ({ theme, label: THEME_LABELS[theme], id: themeAnchor(theme), guides: guides.filter((g) => g.themes.includes(theme)) })).filter(
    (t) => t.guides.length > 0,
  );
}

/** Guides whose work is with parents at or near care proceedings; services first. */
export function recurrentCareGuides(guides: Guide[]): Guide[] {
  const rank = (g: Guide) => (g.themes.includes("recurrent-care-and-pre-birth") ? 0 : 1);
  return guides.filter((g) => g.recurrentCare).sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}
