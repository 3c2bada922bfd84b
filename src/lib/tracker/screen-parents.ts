// parents.csv: one row per parent. Keeps coded columns for the aggregation and
// the id maps the other two files are checked against.
import { i16, i32, i8, u8 } from "./columns.ts";
import type { Problems } from "./problems.ts";
import { BLANK, codeCell, FileScan, idCell, integerCell, lookupOf, monthCell } from "./screen-cells.ts";
import { column, type FileName } from "./standard.ts";

const FILE: FileName = "parents.csv";
const def = (name: string) => column(FILE, name);
const D = {
  parent: def("parent_id"),
  family: def("family_id"),
  sex: def("sex"),
  pathway: def("pathway"),
  referral: def("referral_month"),
  age: def("age_at_referral"),
  source: def("referral_source"),
  imd: def("imd_decile"),
  edition: def("imd_edition"),
  removals: def("previous_removals"),
  engaged: def("engaged"),
  closure: def("closure_month"),
  reason: def("closure_reason"),
};
const LOOKUP = {
  sex: lookupOf(D.sex),
  pathway: lookupOf(D.pathway),
  source: lookupOf(D.source),
  edition: lookupOf(D.edition),
  engaged: lookupOf(D.engaged),
  reason: lookupOf(D.reason),
};

export class ParentsScan extends FileScan {
  readonly ids = new Map<string, number>();
  readonly families = new Map<string, number>();
  readonly family = i32();
  readonly sex = i8();
  readonly age = i8();
  readonly source = i8();
  readonly imd = i8();
  readonly referral = i32();
  readonly closure = i32();
  readonly line = i32();
  /** Per family: line of its first parent, and whether any of its parents' cases has closed. */
  readonly familyLine = i32();
  readonly familyClosed = u8();
  readonly editions = new Set<number>();
  readonly removals = i16();

  readonly today: number;
  constructor(problems: Problems, today: number) {
    super(FILE, problems);
    this.today = today;
  }

  protected record(get: (name: string) => string, line: number): void {
    const p = this.problems;
    const id = get("parent_id");
    if (this.newId(D.parent, id, line, this.ids)) this.ids.set(id, this.line.length);
    const fam = get("family_id");
    let f = -1;
    if (idCell(D.family, FILE, fam, line, p)) {
      f = this.families.get(fam) ?? -1;
      if (f < 0) {
        f = this.families.size;
        this.families.set(fam, f);
        this.familyLine.push(line);
        this.familyClosed.push(0);
      }
    }
    const sex = codeCell(D.sex, FILE, get("sex"), line, LOOKUP.sex, p);
    codeCell(D.pathway, FILE, get("pathway"), line, LOOKUP.pathway, p);
    const referral = monthCell(D.referral, FILE, get("referral_month"), line, p);
    if (referral > this.today) p.add("TR-DATE-FUTURE", FILE, "referral_month", line);
    const age = integerCell(D.age, FILE, get("age_at_referral"), line, p);
    if (age >= 0 && age < 16) p.add("TR-AGE-YOUNG", FILE, "age_at_referral", line);
    const source = codeCell(D.source, FILE, get("referral_source"), line, LOOKUP.source, p);
    const imd = integerCell(D.imd, FILE, get("imd_decile"), line, p);
    const edition = codeCell(D.edition, FILE, get("imd_edition"), line, LOOKUP.edition, p);
    this.conditional(imd, edition, "imd_edition", line);
    if (imd >= 0 && edition >= 0) this.editions.add(edition);
    const removals = integerCell(D.removals, FILE, get("previous_removals"), line, p);
    codeCell(D.engaged, FILE, get("engaged"), line, LOOKUP.engaged, p);
    const closure = monthCell(D.closure, FILE, get("closure_month"), line, p);
    if (closure > this.today) p.add("TR-DATE-FUTURE", FILE, "closure_month", line);
    if (closure >= 0 && referral >= 0 && closure < referral) p.add("TR-DATE-ORDER", FILE, "closure_month", line);
    const reason = codeCell(D.reason, FILE, get("closure_reason"), line, LOOKUP.reason, p);
    this.conditional(closure, reason, "closure_reason", line);
    if (closure >= 0 && f >= 0) this.familyClosed.view()[f] = 1;

    this.family.push(f);
    this.sex.push(sex);
    this.age.push(age);
    this.source.push(source);
    this.imd.push(imd);
    this.referral.push(referral);
    this.closure.push(closure);
    this.removals.push(removals);
    this.line.push(line);
  }

  /** `detail` is required when `main` is given, and meaningless without it. */
  private conditional(main: number, detail: number, name: string, line: number): void {
    if (main >= 0 && detail === BLANK) this.problems.add("TR-VAL-CONDITIONAL", FILE, name, line);
    if (main === BLANK && detail >= 0) this.problems.add("TR-VAL-ORPHAN-DETAIL", FILE, name, line);
  }
}
