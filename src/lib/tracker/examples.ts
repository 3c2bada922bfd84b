// The fictional services whose synthetic exports live in examples/exports/,
// each with its yearly releases. Names are plainly made up; every service is
// marked synthetic.
export interface ExampleService {
  slug: string;
  seed: number;
  parents: number;
  prefix: string;
  /** Named changes to the generated export (src/lib/tracker/synthetic-changes.ts), for an example of an unusual service. */
  changes?: string[];
  /** The releases, oldest first: each ends its period at that month, drawn as the one export stood then
   *  (src/lib/tracker/synthetic-asof.ts); the last is service.period.to. */
  releases: string[];
  service: {
    name: string;
    council: string;
    period: { from: string; to: string };
    disclosure: { k: number; rounding: null };
    synthetic: true;
    standard: "1";
  };
}

const example = (slug: string, seed: number, parents: number, prefix: string, name: string, council: string, from = "2019-04"): ExampleService => ({
  slug,
  seed,
  parents,
  prefix,
  releases: ["2023-03", "2024-03", "2025-03"],
  service: { name, council, period: { from, to: "2025-03" }, disclosure: { k: 5, rounding: null }, synthetic: true, standard: "1" },
});

export const EXAMPLE_SERVICES: ExampleService[] = [
  example("brackenford", 11, 30, "SYN-BRK", "Brackenford Family Futures (fictional)", "Brackenford Borough Council (fictional)"),
  example("larkspur-vale", 22, 150, "SYN-LKV", "Larkspur Vale New Beginnings (fictional)", "Larkspur Vale Council (fictional)"),
  example("marram-bay", 33, 600, "SYN-MRB", "Marram Bay Parents Together (fictional)", "Marram Bay City Council (fictional)"),
  // A fourth, middling service, so the example comparison has enough services to draw more than one funnel plot.
  example("thornwick", 44, 350, "SYN-THW", "Thornwick Fresh Start (fictional)", "Thornwick Metropolitan Borough Council (fictional)"),
  // A service in its first year, so every page is built from a valid but sparse bundle: no case closed yet, no one
  // three years on, no child old enough to be assessed, and a council that does not record partner abuse.
  {
    ...example("fellgate", 55, 40, "SYN-FLG", "Fellgate First Steps (fictional)", "Fellgate District Council (fictional)", "2024-04"),
    changes: ["no-closures", "unknown-topic:partner_abuse"],
    // Its first year ends in 2025-03: one release.
    releases: ["2025-03"],
  },
];
