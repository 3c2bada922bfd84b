// The official Data Package v2 profiles (tests/fixtures/frictionless/, sourced in
// its README) as Ajv validators. They are JSON Schema draft-07, Ajv 8's default.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";

const ROOT = new URL("../../", import.meta.url).pathname;

export type Profile = "datapackage" | "dataresource" | "tableschema";

// The profiles use formats Ajv does not define without ajv-formats ("textarea" is an editor hint, not a
// JSON Schema format at all); none of them constrains a property these packages use, so each passes as given.
const FORMATS = { textarea: true, email: true, uri: true, "date-time": true } as const;

const ajv = new Ajv({ allErrors: true, strict: false, formats: FORMATS });
const compiled = new Map<Profile, ReturnType<typeof ajv.compile>>();

/** The profile's validator, compiled once. */
export function profileValidator(name: Profile) {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}tests/fixtures/frictionless/${name}.json`, "utf8")) as object);
    compiled.set(name, validate);
  }
  return validate;
}
