// The tracker standard, version 1: three files, their columns and their codes.
// This is the one definition; the Frictionless Table Schemas in schemas/ are
// written from it (src/lib/tracker/table-schema.ts) and a test keeps them equal.
export const STANDARD_VERSION = "1";

export interface Code {
  value: string;
  label: string;
  /**
   * The nearest code in the Department for Education's children in need census
   * (CIN census) or looked-after children return (SSDA903), where one exists:
   * the return, the field, the code and its meaning. Nearest, not exact: those
   * returns describe children's social care episodes, not this service.
   */
  dfe?: string;
}

export type ColumnKind = "id" | "code" | "month" | "integer";

export interface ColumnDef {
  name: string;
  title: string;
  description: string;
  kind: ColumnKind;
  /** true: never blank; false: may be blank; a column name: required when that column is given. */
  required: boolean | string;
  codes?: Code[];
  min?: number;
  max?: number;
}

export const FILES = ["parents.csv", "circumstances.csv", "children.csv"] as const;
export type FileName = (typeof FILES)[number];

const c = (value: string, label: string, dfe?: string): Code => (dfe ? { value, label, dfe } : { value, label });
const YES_NO_UNKNOWN = [c("yes", "Yes"), c("no", "No"), c("unknown", "Not known")];

export const TOPIC_VALUES: Record<string, Code[]> = {
  partner_abuse: YES_NO_UNKNOWN,
  alcohol: YES_NO_UNKNOWN,
  drugs: YES_NO_UNKNOWN,
  mental_health_medication: YES_NO_UNKNOWN,
  probation: YES_NO_UNKNOWN,
  housing: [
    c("housing_association", "Housing association"),
    c("council", "Council housing"),
    c("private_rent", "Private rent"),
    c("living_with_family", "Living with family"),
    c("homeless", "Homeless"),
    c("other", "Other"),
    c("unknown", "Not known"),
  ],
  employment: [
    c("unemployed", "Unemployed"),
    c("employed", "Employed"),
    c("volunteering", "Volunteering"),
    c("in_education", "In education"),
    c("unknown", "Not known"),
  ],
  relationship: [c("single", "Single"), c("in_relationship", "In a relationship"), c("separated", "Separated"), c("unknown", "Not known")],
};

// CIN census factors identified at the end of assessment: the "B" codes are
// concerns about a parent or carer, matching a "yes" for that topic.
export const TOPICS: Code[] = [
  c("partner_abuse", "Partner abuse", "CIN census factor at assessment 3B: domestic abuse, concerns about the parent or carer being subject to it"),
  c("alcohol", "Problem with alcohol", "CIN census factor at assessment 1B: alcohol misuse by the parent or carer"),
  c("drugs", "Problem with drugs", "CIN census factor at assessment 2B: drug misuse by the parent or carer"),
  c(
    "mental_health_medication",
    "Taking medication for mental health",
    "CIN census factor at assessment 4B: concerns about the parent or carer's mental health (wider than taking medication)",
  ),
  c("probation", "In contact with probation"),
  c("housing", "Housing"),
  c("employment", "Employment"),
  c("relationship", "Relationship"),
];

const LOOKED_AFTER = "SSDA903: looked after, on any legal status (such as C1 interim care order, C2 full care order or V2 section 20 accommodation)";
const ON_PLAN = "CIN census: the subject of a child protection plan";
const IN_NEED = "CIN census: a child in need, with an open episode of need";

const allTopicValues = (): Code[] => {
  const seen = new Map<string, Code>();
  for (const t of TOPICS) for (const v of TOPIC_VALUES[t.value] ?? []) if (!seen.has(v.value)) seen.set(v.value, v);
  return [...seen.values()];
};

export const COLUMNS: Record<FileName, ColumnDef[]> = {
  "parents.csv": [
    {
      name: "parent_id",
      title: "Parent id",
      description:
        "The service's own pseudonymous id for the parent, such as SF-P0001; unique; not made only of digits. Never a name, NHS number or case number from another system.",
      kind: "id",
      required: true,
    },
    {
      name: "family_id",
      title: "Family id",
      description: "Pseudonymous id shared by parents referred together; not made only of digits",
      kind: "id",
      required: true,
    },
    {
      name: "sex",
      title: "Sex",
      description: "Sex of the parent as recorded; unknown only where the record does not say (not a description of the parent)",
      kind: "code",
      required: true,
      codes: [
        c("female", "Female", "CIN census gender and SSDA903 sex 2: female"),
        c("male", "Male", "CIN census gender and SSDA903 sex 1: male"),
        c("unknown", "Not known"),
      ],
    },
    {
      name: "pathway",
      title: "Pathway",
      description: "The service pathway the parent was referred to",
      kind: "code",
      required: true,
      codes: [c("A", "Pathway A"), c("B", "Pathway B"), c("C", "Pathway C")],
    },
    { name: "referral_month", title: "Referral month", description: "Month of referral, YYYY-MM; not in the future", kind: "month", required: true },
    {
      name: "age_at_referral",
      title: "Age at referral",
      description: "Whole years from 12 to 60, blank if not known",
      kind: "integer",
      required: false,
      min: 12,
      max: 60,
    },
    {
      name: "referral_source",
      title: "Referral source",
      description: "Who referred the parent",
      kind: "code",
      required: true,
      // CIN census source of referral (a child's referral to children's social care).
      codes: [
        c("midwifery", "Midwifery", "CIN census referral source 3D (other primary health services) or 3F (other health services), by where the midwife works"),
        c("childrens_social_care", "Children's social care", "CIN census referral source 5A: local authority services, social care"),
        c("early_help", "Early help", "CIN census referral source 5D: local authority services, early help"),
        c("health_visitor", "Health visitor", "CIN census referral source 3B: health services, health visitor"),
        c("self", "Self-referral", "CIN census referral source 1C: individual, self"),
        c("other", "Other", "CIN census referral source 8: other"),
        c("unknown", "Not known", "CIN census referral source 10: unknown"),
      ],
    },
    {
      name: "imd_decile",
      title: "IMD decile",
      description: "Index of Multiple Deprivation decile of the home area: 1 is the most deprived tenth of areas in England; blank if not known",
      kind: "integer",
      required: false,
      min: 1,
      max: 10,
    },
    {
      name: "imd_edition",
      title: "IMD edition",
      description: "Edition of the index the decile comes from; required when imd_decile is given",
      kind: "code",
      required: "imd_decile",
      codes: [c("2019", "English Indices of Deprivation 2019"), c("2025", "English Indices of Deprivation 2025")],
    },
    {
      name: "previous_removals",
      title: "Previous removals",
      description: "Number of children removed from the parent's care before this referral; blank if not known",
      kind: "integer",
      required: false,
      min: 0,
      max: 99,
    },
    { name: "engaged", title: "Engaged", description: "Whether the parent engaged with the service", kind: "code", required: true, codes: YES_NO_UNKNOWN },
    {
      name: "closure_month",
      title: "Closure month",
      description: "Month the case closed, YYYY-MM, not before referral_month; blank while the case is open",
      kind: "month",
      required: false,
    },
    {
      name: "closure_reason",
      title: "Closure reason",
      description: "Why the case closed; required when closure_month is given",
      kind: "code",
      required: "closure_month",
      codes: [
        c("completed", "Completed"),
        c("disengaged", "Disengaged"),
        c("moved_away", "Moved away"),
        c("no_identified_need", "No identified need"),
        c("other", "Other"),
      ],
    },
  ],
  "circumstances.csv": [
    { name: "parent_id", title: "Parent id", description: "Must be a parent_id in parents.csv", kind: "id", required: true },
    {
      name: "time",
      title: "Time point",
      description: "When the circumstance was recorded",
      kind: "code",
      required: true,
      codes: [c("referral", "At referral"), c("three_years", "After three years")],
    },
    { name: "topic", title: "Topic", description: "What the row records", kind: "code", required: true, codes: TOPICS },
    {
      name: "value",
      title: "Value",
      description: "yes, no or unknown for the first five topics; the topic's own list for housing, employment and relationship",
      kind: "code",
      required: true,
      codes: allTopicValues(),
    },
  ],
  "children.csv": [
    {
      name: "child_id",
      title: "Child id",
      description: "Pseudonymous id of the child or pregnancy; unique; not made only of digits",
      kind: "id",
      required: true,
    },
    { name: "family_id", title: "Family id", description: "Must be a family_id in parents.csv", kind: "id", required: true },
    {
      name: "expected_at_referral",
      title: "Expected at referral",
      description: "yes for the pregnancy the referral concerned, no for a child born later",
      kind: "code",
      required: true,
      codes: [c("yes", "Expected at referral"), c("no", "Born later")],
    },
    {
      name: "status_3_months",
      title: "Status at three months",
      description: "Social care status within three months of birth",
      kind: "code",
      required: true,
      codes: [
        c("looked_after", "Looked after", LOOKED_AFTER),
        c("cpp", "Child protection plan", ON_PLAN),
        c("cin", "Child in need", IN_NEED),
        c("early_help", "Early help"),
        c("universal", "Universal services"),
        c("not_applicable", "Not applicable"),
      ],
    },
    {
      name: "status_at_closure",
      title: "Status at closure",
      description: "Status when the case closed; blank while the case is open",
      kind: "code",
      required: false,
      // SSDA903's special guardianship codes are E45 to E48 (former foster carers or other carers,
      // relatives and friends or not); E43 and E44 are no longer in its list of valid codes.
      codes: [
        c("looked_after", "Looked after", LOOKED_AFTER),
        c("adoption", "Adopted", "SSDA903 reason episode ceased E11 or E12 (adopted); CIN census reason for closure RC1 (adopted)"),
        c(
          "sgo",
          "Special guardianship order",
          "SSDA903 reason episode ceased E45 to E48 (special guardianship order); CIN census reason for closure RC4 (special guardianship order)",
        ),
        c("cpp", "Child protection plan", ON_PLAN),
        c("cin", "Child in need", IN_NEED),
        c("early_help", "Early help"),
        c("universal", "Universal services"),
        c("unborn", "Not yet born"),
        c(
          "pregnancy_ended_or_died",
          "Pregnancy ended or child died",
          "SSDA903 reason episode ceased E2 and CIN census reason for closure RC2 (died), for a child who died; no code for a pregnancy that ended",
        ),
        c("moved_la", "Moved to another council", "CIN census reason for closure RC5: transferred to the services of another local authority"),
      ],
    },
    {
      name: "eyfs_gld",
      title: "Good level of development",
      description: "Early years foundation stage profile: good level of development",
      kind: "code",
      required: true,
      codes: [c("yes", "Good level of development"), c("no", "Not a good level of development"), c("not_assessed", "Not assessed")],
    },
  ],
};

export function column(file: FileName, name: string): ColumnDef {
  const def = COLUMNS[file].find((d) => d.name === name);
  if (!def) throw new Error(`no column ${name} in ${file}`);
  return def;
}

/** Code list of a column, in the standard's order. */
export function codesOf(file: FileName, name: string): string[] {
  return (column(file, name).codes ?? []).map((x) => x.value);
}

export function labelOf(file: FileName, name: string, value: string): string {
  return column(file, name).codes?.find((x) => x.value === value)?.label ?? value;
}

export const AGE_BANDS = [
  { code: "19-or-under", label: "19 or under", min: 12, max: 19 },
  { code: "20-24", label: "20 to 24", min: 20, max: 24 },
  { code: "25-29", label: "25 to 29", min: 25, max: 29 },
  { code: "30-34", label: "30 to 34", min: 30, max: 34 },
  { code: "35-39", label: "35 to 39", min: 35, max: 39 },
  { code: "40-or-over", label: "40 or over", min: 40, max: 60 },
] as const;

export function ageBand(age: number): number {
  return AGE_BANDS.findIndex((b) => age >= b.min && age <= b.max);
}
