// Every check the import runs, with a stable id and a level, in the manner of
// the Department for Education's data screener: FAIL stops the import and
// writes nothing; ADVISORY is reported and the bundle is still written.
// Messages never carry a value from the export: a value may identify someone.
import type { Level } from "../io/problem.ts";

export interface CheckDef {
  id: string;
  level: Level;
  rule: string;
  fix: string;
}

const def = (id: string, level: Level, rule: string, fix: string): CheckDef => ({ id, level, rule, fix });

export const CHECKS: CheckDef[] = [
  def(
    "TR-FILE-MISSING",
    "FAIL",
    "the file is missing from the export folder",
    "export all three files (parents.csv, circumstances.csv, children.csv), even if one has only its header row",
  ),
  def("TR-FILE-EMPTY", "FAIL", "the file has no header row", "export the file again with its header row"),
  def("TR-FILE-NO-ROWS", "FAIL", "parents.csv has a header but no parents: nothing to publish", "check the export's filters and export again"),
  def("TR-FILE-ENCODING", "FAIL", "the file is not valid UTF-8", "save the file as CSV UTF-8"),
  def(
    "TR-CSV-DELIMITER",
    "FAIL",
    "the cells are separated by something other than commas",
    'save the file from Excel as "CSV UTF-8 (Comma delimited)"; if the cells are still separated by semicolons, the computer\'s list separator (a Windows region setting) is a semicolon: ask IT to make it a comma for the export',
  ),
  def(
    "TR-CSV-UNTERMINATED",
    "FAIL",
    "a quoted cell opens on this line and is never closed: the file looks cut off",
    "export the file again and check that it was copied whole",
  ),
  def("TR-CSV-QUOTE", "FAIL", "a quote mark inside an unquoted cell", "quote the whole cell, or remove the quote mark"),
  def(
    "TR-CSV-SHORT-ROW",
    "FAIL",
    "the row has fewer cells than the header: the file may be cut off or a comma missing",
    "export the file again; check that every row has a cell for every column",
  ),
  def(
    "TR-CSV-LONG-ROW",
    "FAIL",
    "the row has more cells than the header: an unquoted comma inside a cell?",
    "quote cells that contain commas, or remove the extra cells",
  ),
  def(
    "TR-CSV-NO-FINAL-NEWLINE",
    "ADVISORY",
    "the last line does not end with a newline: check the file was not cut off",
    "check the last row is complete; export the file again if in doubt",
  ),
  def(
    "TR-CSV-BLANK-ROWS",
    "ADVISORY",
    "rows with every cell blank were ignored (a spreadsheet often leaves these below the data)",
    "nothing to do; to stop this message, delete the empty rows below the data before saving",
  ),
  def("TR-COL-MISSING", "FAIL", "a column of the standard is missing from the header", "add the column (its cells may be blank where the standard allows)"),
  def(
    "TR-COL-UNEXPECTED",
    "FAIL",
    "a column that is not in the standard: it may hold an identifier",
    "remove the column; the standard lists every column allowed",
  ),
  def("TR-COL-DUPLICATE", "FAIL", "a column name appears twice in the header", "keep one copy of the column"),
  def(
    "TR-COL-CASE",
    "ADVISORY",
    "a column name differs from the standard's only in capital letters or spaces, so it was read as the standard's column",
    "write the column name exactly as the standard does, in lower case with underscores between words",
  ),
  def("TR-IDENT-COLUMN", "FAIL", "the column name suggests it holds personal identifiers", "remove the column before running the import"),
  def("TR-IDENT-NAME", "FAIL", "a cell looks like a person's name", "replace names with the service's pseudonymous ids"),
  def(
    "TR-IDENT-NHS",
    "FAIL",
    "a cell looks like an NHS number (10 digits passing the NHS check digit)",
    "replace it with the service's pseudonymous id; never export NHS numbers",
  ),
  def("TR-IDENT-DOB", "FAIL", "a cell looks like a full date (a date of birth?)", "export months as YYYY-MM and ages in whole years; never full dates"),
  def("TR-IDENT-POSTCODE", "FAIL", "a cell looks like a postcode", "export the IMD decile instead of the postcode"),
  def("TR-IDENT-EMAIL", "FAIL", "a cell looks like an email address", "remove email addresses from the export"),
  def("TR-IDENT-PHONE", "FAIL", "a cell looks like a phone number", "remove phone numbers; use ids that start with letters"),
  def(
    "TR-IDENT-CASE-NUMBER",
    "FAIL",
    "the id is only digits: it may be a case number from another system, which the standard does not allow",
    "give each parent, family and child an id of the service's own, made of letters and a running number (such as SF-P0001), and keep the list linking them to case numbers on your own machine; adding letters to a case number does not make it pseudonymous",
  ),
  def("TR-VAL-REQUIRED", "FAIL", "a required cell is blank", "fill the cell; use the column's code for 'not known' where it has one"),
  def(
    "TR-VAL-CODE",
    "FAIL",
    "the cell is not one of the column's codes",
    "use one of the codes the standard lists for this column, written exactly as listed (lower case, with underscores)",
  ),
  def("TR-VAL-TOPIC-VALUE", "FAIL", "the value is not allowed for this row's topic", "use one of the values the standard lists for the topic"),
  def("TR-VAL-MONTH", "FAIL", "the cell is not a possible month written YYYY-MM", "write months as YYYY-MM, for example 2023-04"),
  def("TR-VAL-AGE", "FAIL", "the age is not a whole number of years from 12 to 60", "give age at referral in whole years, or leave it blank if not known"),
  def(
    "TR-VAL-INTEGER",
    "FAIL",
    "the cell is not a whole number in the column's range",
    "give a whole number in the range the standard sets, or leave it blank if not known",
  ),
  def(
    "TR-VAL-CONDITIONAL",
    "FAIL",
    "the cell is blank but the standard requires it when another column is given",
    "fill it, or blank the column it depends on",
  ),
  def("TR-VAL-ORPHAN-DETAIL", "FAIL", "the cell is given but the column it depends on is blank", "blank it, or fill the column it depends on"),
  def("TR-DATE-FUTURE", "FAIL", "the month is in the future", "check the month; referrals and closures cannot be later than the current month"),
  def("TR-DATE-ORDER", "FAIL", "closure_month is before referral_month", "check both months"),
  def("TR-ID-DUPLICATE", "FAIL", "the id appears on more than one row", "give every parent and every child its own id"),
  def("TR-CIRC-DUPLICATE", "FAIL", "the same parent, time and topic appear on more than one row", "keep one row per parent, time point and topic"),
  def("TR-ORPHAN-PARENT", "FAIL", "the parent_id is not in parents.csv", "add the parent to parents.csv or remove the row"),
  def("TR-ORPHAN-FAMILY", "FAIL", "the family_id is not in parents.csv", "add the family's parents to parents.csv or remove the row"),
  def("TR-FAMILY-NO-CHILD", "ADVISORY", "a family in parents.csv has no row in children.csv", "add the pregnancy the referral concerned to children.csv"),
  def(
    "TR-CHILD-OPEN-STATUS",
    "ADVISORY",
    "the child has a status at closure but every parent in the family is still open",
    "check status_at_closure and the parents' closure_month",
  ),
  def(
    "TR-CIRC-TOO-EARLY",
    "ADVISORY",
    "a three-year record for a parent referred less than three years before the current month",
    "check the time point; record it as referral, or wait until three years have passed",
  ),
  def("TR-AGE-YOUNG", "ADVISORY", "the parent was under 16 at referral", "check the age; if right, nothing to do"),
  def(
    "TR-IMD-MIXED",
    "ADVISORY",
    "deciles come from more than one edition of the index",
    "use one edition for the whole export where possible; the bundle notes the mix",
  ),
  def("TR-SERVICE-JSON", "FAIL", "service.json does not follow the standard", "fix service.json as the message says; the standard page describes every field"),
  def(
    "TR-DISCLOSURE",
    "FAIL",
    "disclosure control could not protect every suppressed figure",
    "raise the threshold or publish fewer breakdowns; see the disclosure audit",
  ),
  def(
    "TR-RELEASE-ORDER",
    "FAIL",
    "an earlier release's period does not end before this export's, so this export cannot be a new release audited with the earlier ones",
    "a published release is never rewritten: export the records up to the end of a later period, which makes a new release",
  ),
  def(
    "TR-RELEASE-REVISED",
    "FAIL",
    "an earlier release printed a count that this export, taken as it stood at the end of that release's period, no longer gives: records about that time were corrected after it was published",
    "check the correction is right; the import cannot yet publish revisions to an earlier release, so keep the records as they were published until it can",
  ),
];

export const CHECK_BY_ID = new Map(CHECKS.map((c) => [c.id, c]));
