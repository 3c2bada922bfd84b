// The fictional services whose synthetic exports live in examples/exports/.
// Names are plainly made up; every service is marked synthetic.
export interface ExampleService {
  slug: string;
  seed: number;
  parents: number;
  prefix: string;
  service: {
    name: string;
    council: string;
    period: { from: string; to: string };
    disclosure: { k: number; rounding: null };
    synthetic: true;
    standard: "1";
  };
}

const example = (slug: string, seed: number, parents: number, prefix: string, name: string, council: string): ExampleService => ({
  slug,
  seed,
  parents,
  prefix,
  service: { name, council, period: { from: "2019-04", to: "2025-03" }, disclosure: { k: 5, rounding: null }, synthetic: true, standard: "1" },
});

export const EXAMPLE_SERVICES: ExampleService[] = [
  example("brackenford", 11, 30, "SYN-BRK", "Brackenford Family Futures (fictional)", "Brackenford Borough Council (fictional)"),
  example("larkspur-vale", 22, 150, "SYN-LKV", "Larkspur Vale New Beginnings (fictional)", "Larkspur Vale Council (fictional)"),
  example("marram-bay", 33, 600, "SYN-MRB", "Marram Bay Parents Together (fictional)", "Marram Bay City Council (fictional)"),
  // A fourth, middling service, so the example comparison has enough services to draw more than one funnel plot.
  example("thornwick", 44, 350, "SYN-THW", "Thornwick Fresh Start (fictional)", "Thornwick Metropolitan Borough Council (fictional)"),
];
