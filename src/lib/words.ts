// Small wording helpers shared by view functions.

/** "a", "a and b", "a, b and c" (or "a, b or c") */
export function listInWords(items: string[], conjunction: "and" | "or" = "and"): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

/** "mental health" → "Mental health": a sentence or label built from data starts with a capital. */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "North West" → "the North West" in a sentence; other names unchanged. */
export function placeInSentence(area: string): string {
  return area === "North West" ? "the North West" : area;
}

/** "2005-2012" → "2005–2012" with a word joiner, so a table cell never breaks a year range. */
export function periodLabel(period: string): string {
  return period.replace(/^(\d{4})-(\d{2,4})$/, "$1\u2013\u2060$2");
}

/** 1st, 2nd, 3rd, 18th, 21st... */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n.toLocaleString("en-GB")}${suffix}`;
}
