const maxMessageLength = 200;
const fallbackMessage = 'An unexpected error stopped it.';

/**
 * What failed, in one plain sentence for the user: never a stack trace, and never markup that
 * an error message may carry (a failed chunk can report a whole HTML page).
 */
export function describeFailure(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'Its content is nested too deeply to display.';
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const firstLine = message
    .replace(/<[^>]*>/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '');
  if (firstLine === undefined) return fallbackMessage;
  return firstLine.length > maxMessageLength
    ? `${firstLine.slice(0, maxMessageLength)}…`
    : firstLine;
}
