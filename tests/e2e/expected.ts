// What the browser tests expect independently of the build they test. The
// chart count in scripts/lib/pages.ts is read from the built HTML, so comparing
// the browser with it only shows the two agree; these minimums were counted from
// the <Figure> frames each page's source draws (src/pages/*.astro: one per
// literal <Figure>, one per item of a fixed list mapped to <Figure>), so a page
// that loses a chart, or is not built at all, fails.
import { sitePages, type SitePage } from "./site.ts";

/** Pages that must show charts, and the fewest chart frames each must show. */
export const MIN_CHARTS: Readonly<Record<string, number>> = {
  "/age-profiles/": 3, // women, men, all parents: sample beside total cohort
  "/referral-sources/": 1,
  "/deprivation/": 1,
  "/needs/": 6, // six <Figure> frames in needs.astro
  "/wellbeing/": 5, // partner abuse, Table 6 measures, and relationships, housing, work
  "/child-outcomes/": 2,
  "/school-readiness/": 1,
  "/context/": 3, // looked after children, child protection plans, teenage conceptions
  "/services/": 1, // the North West tile map
  "/": 5, // one small chart per headline finding (summaryView's five)
  "/views-and-recommendations/": 1, // practitioner-reported outcomes
};

/** The fewest charts a page must show: 0 for pages not in the table. */
export const minCharts = (path: string): number => MIN_CHARTS[path] ?? 0;

/**
 * The pages to check for charts: every built page with a chart, plus every page
 * in MIN_CHARTS even when it was not built or shows none (so it fails, not vanishes).
 */
export function chartPages(): SitePage[] {
  const built = sitePages();
  const pages = built.filter((p) => p.charts > 0);
  for (const path of Object.keys(MIN_CHARTS)) {
    if (!pages.some((p) => p.path === path)) pages.push(built.find((p) => p.path === path) ?? { name: path, path, status: 200, charts: 0 });
  }
  return pages.sort((a, b) => a.name.localeCompare(b.name));
}
