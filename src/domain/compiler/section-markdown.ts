// Turns a section's gathered lines into the markdown a card shows: verbatim in the middle,
// without blank lines or `---` separators at the edges, and out of its list indentation.

export function toMarkdown(lines: readonly string[], listIndent: number): string {
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && isEdgeFiller(lines[first] ?? '')) first += 1;
  while (last >= first && isEdgeFiller(lines[last] ?? '')) last -= 1;
  if (first > last) return '';
  const kept: string[] = [];
  for (let i = first; i <= last; i += 1) kept.push(dedent(lines[i] ?? '', listIndent));
  kept[0] = trimSmallIndent(kept[0] ?? '');
  kept[kept.length - 1] = (kept[kept.length - 1] ?? '').trimEnd();
  return kept.join('\n');
}

function isEdgeFiller(line: string): boolean {
  return line.trim() === '' || isThematicBreak(line);
}

/** `---`, `***`, `___`, also spaced (`- - -`). */
export function isThematicBreak(line: string): boolean {
  let marker = 0;
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9) continue;
    if (code !== 45 && code !== 42 && code !== 95) return false;
    if (marker !== 0 && code !== marker) return false;
    marker = code;
    count += 1;
  }
  return count >= 3;
}

function dedent(line: string, width: number): string {
  if (width === 0) return line;
  let i = 0;
  while (i < width && line.charCodeAt(i) === 32) i += 1;
  return i === 0 ? line : line.slice(i);
}

/** Up to three spaces before the first line only shift it; four would make it code. */
function trimSmallIndent(line: string): string {
  const indent = line.length - line.trimStart().length;
  return indent > 0 && indent < 4 ? line.trimStart() : line;
}
