// Recognises cells and column names that look like personal identifiers. It
// answers with a check id only, so the caller can name the row and column
// without ever repeating the value.

/** The NHS number check digit (modulus 11). */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$|^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^(?:\+44|0044|0)\d{9,10}$/;
// Two or more words of letters, each starting with a capital: "Jane Smith", "O'Neil-Brown Ann".
const NAME_WORDS = /^[A-Z][a-zA-Z'’-]+(?: [A-Z][a-zA-Z'’.-]*)+$/;
// A single capitalised word (surname or forename) where only a pseudonymous id belongs.
const NAME_WORD = /^[A-Z][a-z'’-]{1,}$/;

function possibleDate(m: RegExpExecArray): boolean {
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
  const month = Number(mo);
  const day = Number(d);
  const year = Number(y);
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Where the cell sits: an id column (a lone capitalised word is a name), a coded column (names are not
 *  looked for: "Not Known" is a mis-typed code, and fails as one) or free text (an unexpected column). */
export type CellMode = "id" | "coded" | "free";

/** The identifier check a value fails, or null. */
export function identifierKind(value: string, mode: CellMode): string | null {
  const v = value.trim();
  if (v.length < 3) return null;
  const compact = v.replace(/[\s()-]/g, "");
  if (/^\d{10}$/.test(compact) && isNhsNumber(compact)) return "TR-IDENT-NHS";
  if (EMAIL.test(v)) return "TR-IDENT-EMAIL";
  const date = FULL_DATE.exec(v);
  if (date && possibleDate(date)) return "TR-IDENT-DOB";
  if (POSTCODE.test(v)) return "TR-IDENT-POSTCODE";
  if (PHONE.test(compact)) return "TR-IDENT-PHONE";
  if (mode === "coded") return null;
  if (NAME_WORDS.test(v)) return "TR-IDENT-NAME";
  if (mode === "id" && NAME_WORD.test(v)) return "TR-IDENT-NAME";
  return null;
}

const IDENTIFYING_NAME =
  /(^|_)(names?|first_?name|fore_?names?|surnames?|last_?name|full_?name|given_?name|nhs(_?(no|num|number))?|dob|birth|date_?of_?birth|birth_?date|postcode|post_?code|zip|address|street|email|e_?mail|phone|mobile|telephone|tel|upn|ni_?(no|number)|national_?insurance|case_?(no|number|ref)|mosaic|lcs|liquidlogic)($|_)/;

/** True when a column's name suggests personal identifiers. */
export function identifyingColumnName(name: string): boolean {
  const n = name
    .trim()
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_");
  return IDENTIFYING_NAME.test(n);
}
