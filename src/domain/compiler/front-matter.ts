import { parseDocument } from 'yaml';
import { type DiagnosticSink, fail, warn } from './diagnostics';

export type FrontMatter = {
  title: string | null;
  id: string | null;
  description: string | null;
  tags: string[];
};

export type FrontMatterResult = {
  meta: FrontMatter;
  /** Index (0-based) of the first line after the front matter. */
  bodyStart: number;
};

const EMPTY: FrontMatter = { title: null, id: null, description: null, tags: [] };
// A leading `---` is only front matter when the block reads like YAML keys; otherwise it is a
// horizontal rule in a bank that happens to start with one.
const KEY_LINE = /^[A-Za-z_][\w-]*\s*:(\s|$)/;
const NONE = -1;
const UNCLOSED = -2;

export function readFrontMatter(lines: readonly string[], sink: DiagnosticSink): FrontMatterResult {
  const close = findClosingLine(lines);
  if (close === UNCLOSED) {
    warn(sink, 1, 1, 'front matter is never closed with ---; read as markdown');
  }
  if (close < 0) return { meta: EMPTY, bodyStart: 0 };
  const source = lines.slice(1, close).join('\n');
  return { meta: parseYaml(source, sink), bodyStart: close + 1 };
}

function findClosingLine(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return -1;
  let sawKey = false;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const trimmed = line.trimEnd();
    if (trimmed === '---' || trimmed === '...') return sawKey || i === 1 ? i : NONE;
    if (!sawKey && trimmed !== '' && !trimmed.startsWith('#')) {
      if (!KEY_LINE.test(trimmed)) return NONE;
      sawKey = true;
    }
  }
  return sawKey ? UNCLOSED : NONE;
}

function parseYaml(source: string, sink: DiagnosticSink): FrontMatter {
  try {
    const yamlDocument = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
    const error = yamlDocument.errors[0];
    if (error) {
      fail(
        sink,
        2 + countNewlines(source, error.pos[0]),
        1,
        `invalid front matter: ${error.message}`,
      );
      return EMPTY;
    }
    const value: unknown = yamlDocument.toJS({ maxAliasCount: 50 });
    if (value === null || value === undefined) return EMPTY;
    if (!isRecord(value)) {
      fail(sink, 2, 1, 'invalid front matter: expected keys such as deck, id, tags, description');
      return EMPTY;
    }
    return readFields(value, sink);
  } catch (error) {
    fail(
      sink,
      2,
      1,
      `invalid front matter: ${error instanceof Error ? error.message : 'unreadable'}`,
    );
    return EMPTY;
  }
}

function readFields(value: Record<string, unknown>, sink: DiagnosticSink): FrontMatter {
  return {
    title: readText(value.deck ?? value.title, 'deck', sink),
    id: readText(value.id, 'id', sink),
    description: readText(value.description, 'description', sink),
    tags: readTags(value.tags, sink),
  };
}

function readText(value: unknown, key: string, sink: DiagnosticSink): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  warn(sink, 2, 1, `front matter "${key}" should be text; ignored`);
  return null;
}

function readTags(value: unknown, sink: DiagnosticSink): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value)) {
    return value.flatMap((tag) =>
      typeof tag === 'string' || typeof tag === 'number' ? [String(tag)] : [],
    );
  }
  warn(sink, 2, 1, 'front matter "tags" should be a list; ignored');
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  let index = text.indexOf('\n');
  while (index >= 0 && index < end) {
    count += 1;
    index = text.indexOf('\n', index + 1);
  }
  return count;
}
