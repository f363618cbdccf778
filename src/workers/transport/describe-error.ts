/** The message an error reaches the page with: its own, or its name when it has none. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
