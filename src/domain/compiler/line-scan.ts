// Allocation-free checks used on every line: trimming a million lines just to test them costs
// more than the rest of the scan.

/** Index of the first character that is not a space or tab, or the line length. */
export function firstNonBlank(line: string): number {
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    if (code !== 32 && code !== 9) return i;
    i += 1;
  }
  return i;
}

export function isBlankLine(line: string): boolean {
  return firstNonBlank(line) === line.length;
}
