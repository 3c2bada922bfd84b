// service.json, field by field: the words the /standard/ page prints, the
// import's messages use, and the JSON Schema and blank template are written
// from. service.ts holds the zod schema that reads the file; a unit test keeps
// the two naming the same fields.
import { STANDARD_VERSION } from "./standard.ts";

export interface ServiceField {
  /** Dotted path: "period.from". */
  name: string;
  /** What the value is, in words: "Text", "A month, written YYYY-MM", ... */
  type: string;
  /** Required in service.json (a field inside an optional object is required when the object is given). */
  required: boolean;
  meaning: string;
  /** The example as JSON text, or null for a field best left out. */
  example: string | null;
  /** What a valid value is, for the import's messages: "must be ..." */
  rule: string;
}

const MONTH = "a month written YYYY-MM in quotes";

export const SERVICE_FIELDS: ServiceField[] = [
  {
    name: "name",
    type: "Text",
    required: true,
    meaning: "The service's name, as the site shows it",
    example: '"North Town Family Futures"',
    rule: "text of 1 to 120 characters in quotes",
  },
  {
    name: "council",
    type: "Text",
    required: false,
    meaning: "The council that runs the service",
    example: '"North Town Borough Council"',
    rule: "text of 1 to 120 characters in quotes",
  },
  {
    name: "period",
    type: "An object with from and to",
    required: false,
    meaning:
      "The months the export covers, first and last. Without it, the months of the referrals and closures in parents.csv, rounded out to whole calendar quarters (January to March, April to June, July to September, October to December): from the first month of the earliest one's quarter to the last month of the latest one's, so the bundle never gives the month of the newest referral or closure",
    example: '{ "from": "2019-04", "to": "2025-03" }',
    rule: "an object with a from month and a to month",
  },
  { name: "period.from", type: "A month, written YYYY-MM", required: true, meaning: "The first month the export covers", example: '"2019-04"', rule: MONTH },
  {
    name: "period.to",
    type: "A month, written YYYY-MM",
    required: true,
    meaning: "The last month the export covers; not before period.from",
    example: '"2025-03"',
    rule: `${MONTH}, not before period.from`,
  },
  {
    name: "disclosure",
    type: "An object with k and rounding",
    required: false,
    meaning: "How small counts are hidden. Without it, k is 5 and counts are not rounded",
    example: '{ "k": 5, "rounding": null }',
    rule: "an object with k and rounding",
  },
  {
    name: "disclosure.k",
    type: "A whole number, 3 or more",
    required: false,
    meaning: "Counts from 1 to k minus 1 are hidden (zeros are shown). Without it, 5",
    example: "5",
    rule: "a whole number, 3 or more, without quotes",
  },
  {
    name: "disclosure.rounding",
    type: "5 or null",
    required: false,
    meaning: "5 to round every count shown to the nearest 5; null (or left out) to show counts as they are",
    example: "null",
    rule: "5 or null, without quotes",
  },
  {
    name: "synthetic",
    type: "true or false",
    required: false,
    meaning:
      "Only for made-up records, such as the example exports in this site's code: it marks the bundle as made up, and the live site will not publish a bundle so marked. Leave it out for a real service",
    example: null,
    rule: "true or false, without quotes; leave it out for a real service",
  },
  {
    name: "standard",
    type: `"${STANDARD_VERSION}"`,
    required: false,
    meaning: "The version of the standard the export follows",
    example: `"${STANDARD_VERSION}"`,
    rule: `"${STANDARD_VERSION}", in quotes`,
  },
];

export const SERVICE_FIELD_BY_NAME = new Map(SERVICE_FIELDS.map((f) => [f.name, f]));

/** The fields directly inside `parent` ("" for the top level), for "the fields are ..." in messages. */
export function childFields(parent: string): string[] {
  const depth = parent === "" ? 0 : parent.split(".").length;
  return SERVICE_FIELDS.filter((f) => f.name.split(".").length === depth + 1 && (parent === "" || f.name.startsWith(`${parent}.`))).map(
    (f) => f.name.split(".").pop() as string,
  );
}

/**
 * The blank template served at /standard/service.json. It has no `synthetic`: a service.json copied from an
 * example carries `"synthetic": true`, which would label a real service's figures as made up.
 */
export function serviceTemplate(): string {
  return (
    JSON.stringify({ name: "", council: "", period: { from: "", to: "" }, disclosure: { k: 5, rounding: null }, standard: STANDARD_VERSION }, null, 2) + "\n"
  );
}

const MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

/** A JSON Schema (draft 2020-12) for service.json, written from the field table. */
export function serviceSchema(): Record<string, unknown> {
  const d = (name: string) => SERVICE_FIELD_BY_NAME.get(name)?.meaning;
  const text = (name: string) => ({ type: "string", minLength: 1, maxLength: 120, description: d(name) });
  const month = (name: string) => ({ type: "string", pattern: MONTH_PATTERN, description: d(name) });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `Strengthening Families tracker standard v${STANDARD_VERSION}: service.json`,
    type: "object",
    additionalProperties: false,
    required: ["name"],
    properties: {
      name: text("name"),
      council: text("council"),
      period: {
        type: "object",
        additionalProperties: false,
        required: ["from", "to"],
        description: d("period"),
        properties: { from: month("period.from"), to: month("period.to") },
      },
      disclosure: {
        type: "object",
        additionalProperties: false,
        description: d("disclosure"),
        properties: {
          k: { type: "integer", minimum: 3, default: 5, description: d("disclosure.k") },
          rounding: { enum: [5, null], default: null, description: d("disclosure.rounding") },
        },
      },
      synthetic: { type: "boolean", default: false, description: d("synthetic") },
      standard: { const: STANDARD_VERSION, description: d("standard") },
    },
  };
}
