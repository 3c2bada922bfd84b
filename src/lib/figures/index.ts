// Figure models for the findings: a figure set in, models out. See src/lib/README.md.
export {
  figureSet,
  parseFigureSet,
  publishedSet,
  figureRecordSchema,
  labelOf,
  tableOf,
  SYMBOLS,
  type FigureRecord,
  type FigureSet,
  type GssSymbol,
  type Selector,
  type SetMeta,
} from "./set.ts";
export type { FigureModel, ChartModel, Base } from "./model.ts";
export type { Bar, IntervalRow, FlowRows, SummaryRow, Tile, TileCategory } from "./rows.ts";
export { publishedFigure, picker, type FigurePick } from "./published.ts";
export { shareTable, shareText, shareTableCell, shareBar, type ShareCell, type ShareTable } from "./shares.ts";
export { term, grouping, vocabulary, parseVocabulary, type Term } from "./terms.ts";
export { agesFigure, meanAge, type AgesOptions, type SeriesSpec } from "./ages.ts";
export { referralSourcesFigure, type ReferralOptions } from "./referral-sources.ts";
export { deprivationFigure, groupedShares, type DeprivationOptions } from "./deprivation.ts";
export { schoolReadinessFigure, schoolFacts, type SchoolFacts } from "./school-readiness.ts";
export { childStatusFigure, groupCounts, groupingOf, statusMeanings, type ChildStatusOptions } from "./child-outcomes.ts";
export { childFlowFigure, statusPhrase, type ChildFlowOptions } from "./child-flows.ts";
export { beforeAfterFigure, changes, type BeforeAfterOptions, type Change, type Moment } from "./before-after.ts";
export { checkVocabulary, usesOf } from "./vocabulary-check.ts";
export { primaryOrOtherFigure, primaryNeedFigure, otherNeedsFigure, partnerAbuseTypesFigure, backgroundsFigure, previousRemovalsFigure } from "./needs.ts";
export { partnerAbuseChangeFigure, measuresFigure, readingFigure, type ReadingOptions } from "./wellbeing.ts";
export { rateFigure, type RateOptions } from "./context.ts";
export { practitionerOutcomesFigure } from "./practitioner-outcomes.ts";
export { servicesMapFigure } from "./services-map.ts";
export { summaryCardFigure, type SummaryFigure } from "./summary-card.ts";
