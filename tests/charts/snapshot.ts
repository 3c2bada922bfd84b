// Deterministic SVG for snapshot tests: numbers rounded to 2 decimals so a
// float wobble in a dependency is not a diff, and one element per line.
export function normalizeSvg(svg: string): string {
  return svg.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)).replace(/></g, ">\n<");
}
