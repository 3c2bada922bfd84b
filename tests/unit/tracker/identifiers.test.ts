// Identifier detection: what must be caught, and pseudonymous ids and codes
// that must pass.
import { describe, expect, it } from "vitest";
import { identifierKind, identifyingColumnName, isNhsNumber } from "../../../src/lib/tracker/identifiers.ts";

describe("identifier detection", () => {
  it("checks the NHS number's modulus-11 check digit", () => {
    expect(isNhsNumber("9434765919")).toBe(true);
    expect(isNhsNumber("9434765918")).toBe(false);
    expect(isNhsNumber("943476591")).toBe(false);
  });

  it.each([
    ["943 476 5919", "TR-IDENT-NHS"],
    ["943-476-5919", "TR-IDENT-NHS"],
    ["1991-07-23", "TR-IDENT-DOB"],
    ["23/07/1991", "TR-IDENT-DOB"],
    ["3/7/1991", "TR-IDENT-DOB"],
    ["M5 4WT", "TR-IDENT-POSTCODE"],
    ["SW1A1AA", "TR-IDENT-POSTCODE"],
    ["someone@example.org", "TR-IDENT-EMAIL"],
    ["07700 900123", "TR-IDENT-PHONE"],
    ["+44 161 496 0000", "TR-IDENT-PHONE"],
    ["Jane Whitlock", "TR-IDENT-NAME"],
    ["Mary-Ann O'Neil", "TR-IDENT-NAME"],
  ])("%s is %s in any column", (value, kind) => {
    expect(identifierKind(value, "free")).toBe(kind);
  });

  it("a lone capitalised word is a name in an id column only", () => {
    expect(identifierKind("Whitlock", "id")).toBe("TR-IDENT-NAME");
    expect(identifierKind("Whitlock", "coded")).toBeNull();
  });

  it.each(["SYN-P0000012", "P12", "F-2019-004", "C000123", "yes", "childrens_social_care", "2024-05", "5", "2019"])("%s passes as an id or code", (value) => {
    expect(identifierKind(value, "id")).toBeNull();
  });

  it("flags identifying column names and passes the standard's", () => {
    for (const name of [
      "surname",
      "First Name",
      "DOB",
      "date_of_birth",
      "NHSNumber",
      "nhs_no",
      "postcode",
      "Email",
      "mobile",
      "address_line_1",
      "case_ref",
      "UPN",
    ]) {
      expect(identifyingColumnName(name), name).toBe(true);
    }
    for (const name of ["parent_id", "family_id", "referral_month", "imd_decile", "notes", "age_at_referral", "closure_reason"]) {
      expect(identifyingColumnName(name), name).toBe(false);
    }
  });
});
