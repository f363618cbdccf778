// Parses one JSON object that arrives in pieces (a backup read from disk chunk by chunk), so
// that a file larger than any string a JavaScript engine can hold still parses, and the file's
// text is never in memory whole. Each element of a top-level list is parsed on its own, as
// soon as it is complete; the result equals JSON.parse of the whole text.

export type JsonErrorPlace = { line: number; column: number; reason: string };

export type JsonObjectStream = {
  /** Feeds the next piece of text; returns a problem as soon as the text cannot be JSON. */
  push: (chunk: string) => JsonErrorPlace | null;
  /** Ends the text: the parsed object, or where and why it is not one JSON object. */
  finish: () => { ok: true; value: Record<string, unknown> } | ({ ok: false } & JsonErrorPlace);
};

type Step =
  | 'open'
  | 'first-key'
  | 'key'
  | 'colon'
  | 'value'
  | 'first-item'
  | 'item'
  | 'after-item'
  | 'after-value'
  | 'done';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const OPENERS = new Set(['{', '[']);
const CLOSERS = new Set(['}', ']']);
/** V8's " in JSON at position 8 (line 1 column 9)" and the like. */
export const JSON_PLACE = /\s*in JSON at position \d+.*$/;

export function createJsonObjectStream(): JsonObjectStream {
  const result: Record<string, unknown> = {};
  let buffer = '';
  /** Characters dropped from the front of the buffer, and their lines, for error places. */
  let dropped = 0;
  let droppedLines = 0;
  let lastLineStart = 0;
  let step: Step = 'open';
  let key = '';
  let list: unknown[] = [];
  // The value being scanned: where it starts in the buffer, how far the scan got.
  let start = -1;
  let scan = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let error: JsonErrorPlace | null = null;

  const placeOf = (index: number, reason: string): JsonErrorPlace => {
    let line = droppedLines + 1;
    let lineStart = lastLineStart;
    for (let i = buffer.indexOf('\n'); i >= 0 && i < index; i = buffer.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = dropped + i + 1;
    }
    return { line, column: dropped + index - lineStart + 1, reason };
  };

  const fail = (index: number, reason: string): false => {
    error = placeOf(index, reason);
    return false;
  };

  const nameCharAt = (index: number) =>
    index < buffer.length
      ? `Unexpected ${JSON.stringify(buffer[index])}`
      : 'Unexpected end of input';

  /** Scans to the end of the value at `start`; its end index, or -1 when more text is needed. */
  const scanValue = (): number => {
    for (; scan < buffer.length; scan += 1) {
      const char = buffer[scan];
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') {
          inString = false;
          if (depth === 0) return scan + 1;
        }
      } else if (char === '"') inString = true;
      else if (char !== undefined && OPENERS.has(char)) depth += 1;
      else if (char !== undefined && CLOSERS.has(char)) {
        depth -= 1;
        if (depth === 0) return scan + 1;
        if (depth < 0) return scan;
      } else if (depth === 0 && (char === ',' || (char !== undefined && WHITESPACE.has(char)))) {
        return scan;
      }
    }
    return -1;
  };

  /** Parses the value ending at `end`, or records where JSON.parse found it broken. */
  const parseValue = (end: number): { ok: true; value: unknown } | { ok: false } => {
    const text = buffer.slice(start, end);
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      const position = /\bposition (\d+)/.exec(message);
      // The engine's position is within this one value; the place given is in the whole file.
      fail(start + (position ? Number(position[1]) : 0), message.replace(JSON_PLACE, ''));
      return { ok: false };
    }
  };

  const beginValue = (at: number) => {
    start = at;
    scan = at;
    depth = 0;
    inString = false;
    escaped = false;
  };

  const skipSpace = (at: number): number => {
    let i = at;
    while (i < buffer.length && WHITESPACE.has(buffer[i] ?? '')) i += 1;
    return i;
  };

  /** Takes the scanned value: a key, a table's row or another value. */
  const takeValue = (value: unknown, at: number): boolean => {
    start = -1;
    if (step === 'key') {
      if (typeof value !== 'string') return fail(at, 'a key should be text');
      key = value;
      step = 'colon';
    } else if (step === 'value') {
      setKey(result, key, value);
      step = 'after-value';
    } else {
      list.push(value);
      step = 'after-item';
    }
    return true;
  };

  /** Moves on from the structural character at `at`; false on error. */
  const takeChar = (at: number): boolean => {
    const char = buffer[at];
    const expected = (what: string) => fail(at, `${nameCharAt(at)}, expected ${what}`);
    switch (step) {
      case 'open':
        if (char !== '{') return fail(at, `${nameCharAt(at)}: a backup is one JSON object`);
        step = 'first-key';
        return true;
      case 'first-key':
      case 'key':
        if (char === '}' && step === 'first-key') step = 'done';
        else if (char === '"') {
          step = 'key';
          beginValue(at);
        } else return expected('a key');
        return true;
      case 'colon':
        if (char !== ':') return expected('":"');
        step = 'value';
        return true;
      case 'value':
        if (char === '[') {
          list = [];
          setKey(result, key, list);
          step = 'first-item';
        } else beginValue(at);
        return true;
      case 'first-item':
      case 'item':
        if (char === ']' && step === 'first-item') step = 'after-value';
        else {
          step = 'item';
          beginValue(at);
        }
        return true;
      case 'after-item':
        if (char === ']') step = 'after-value';
        else if (char === ',') step = 'item';
        else return expected('"," or "]"');
        return true;
      case 'after-value':
        if (char === '}') step = 'done';
        else if (char === ',') step = 'key';
        else return expected('"," or "}"');
        return true;
      default:
        return fail(at, `${nameCharAt(at)} after the end of the backup`);
    }
  };

  /** Runs the steps over the buffer; the index up to which it is consumed, or -1 on error. */
  const run = (isEnd: boolean): number => {
    let at = 0;
    for (;;) {
      if (start >= 0) {
        const end = scanValue();
        if (end < 0 && !isEnd) return start;
        const parsed = parseValue(end < 0 ? buffer.length : end);
        if (!parsed.ok) return -1;
        at = end < 0 ? buffer.length : end;
        if (!takeValue(parsed.value, at)) return -1;
        continue;
      }
      at = skipSpace(at);
      if (at >= buffer.length) {
        if (isEnd && step !== 'done') return fail(at, nameCharAt(at)) ? at : -1;
        return at;
      }
      if (!takeChar(at)) return -1;
      // A value is scanned from its first character on; any other character is consumed.
      if (start !== at) at += 1;
    }
  };

  /** Drops the consumed text, keeping line numbers right for later errors. */
  const drop = (count: number) => {
    for (let i = buffer.indexOf('\n'); i >= 0 && i < count; i = buffer.indexOf('\n', i + 1)) {
      droppedLines += 1;
      lastLineStart = dropped + i + 1;
    }
    buffer = buffer.slice(count);
    dropped += count;
    if (start >= 0) {
      start -= count;
      scan -= count;
    }
  };

  return {
    push: (chunk) => {
      if (error) return error;
      buffer += chunk;
      const consumed = run(false);
      if (consumed < 0 || error) return error;
      drop(consumed);
      return null;
    },
    finish: () => {
      if (!error) run(true);
      if (error) return { ok: false, ...(error satisfies JsonErrorPlace) };
      return { ok: true, value: result };
    },
  };
}

/** As JSON.parse does, including for a key such as "__proto__". */
function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
