// Line numbers of the records of a top-level JSON array, so that a problem in
// a bundle's figures.json names the line a reader can open, as CSV problems do.
export function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      if (depth === 1) lines.push(line);
    } else if (ch === "{" || ch === "[") {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (ch === "}" || ch === "]") depth--;
    else if (depth === 1 && /[-0-9tfn]/.test(ch!) && !/[-0-9.eE+a-z]/.test(text[i - 1] ?? "")) lines.push(line);
  }
  return lines;
}
