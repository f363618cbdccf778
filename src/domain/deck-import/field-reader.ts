// Reads untrusted JSON into typed rows without casts: every field is checked, and the row is
// rebuilt with known fields only, in a fixed order (so equal data always serialises equally).

export type FieldProblems = { list: string[]; count: number };

export const MAX_LISTED_PROBLEMS = 8;

export function createFieldProblems(): FieldProblems {
  return { list: [], count: 0 };
}

export function addProblem(problems: FieldProblems, message: string): void {
  problems.count += 1;
  if (problems.list.length < MAX_LISTED_PROBLEMS) problems.list.push(message);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isOneOf<T>(values: readonly T[], value: unknown): value is T {
  return values.some((allowed) => allowed === value);
}

export type FieldReader = {
  string: (key: string) => string;
  number: (key: string) => number;
  nullableNumber: (key: string) => number | null;
  boolean: (key: string) => boolean;
  strings: (key: string) => string[];
  /** The first value is the placeholder. */
  oneOf: <T>(key: string, values: readonly [T, ...T[]]) => T;
  value: (key: string) => unknown;
};

/** A reader over `record` at `path`; a wrong field records a problem and reads as a placeholder. */
export function createFieldReader(
  record: Record<string, unknown>,
  path: string,
  problems: FieldProblems,
): FieldReader {
  const wrong = (key: string, expected: string) =>
    addProblem(problems, `${path}.${key} should be ${expected}`);
  return {
    string: (key) => {
      const value = record[key];
      if (typeof value === 'string') return value;
      wrong(key, 'text');
      return '';
    },
    number: (key) => {
      const value = record[key];
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      wrong(key, 'a number');
      return 0;
    },
    nullableNumber: (key) => {
      const value = record[key];
      if (value === null || (typeof value === 'number' && Number.isFinite(value))) return value;
      wrong(key, 'a number or null');
      return null;
    },
    boolean: (key) => {
      const value = record[key];
      if (typeof value === 'boolean') return value;
      wrong(key, 'true or false');
      return false;
    },
    strings: (key) => {
      const value = record[key];
      if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
        return value.filter((item): item is string => typeof item === 'string');
      }
      wrong(key, 'a list of texts');
      return [];
    },
    oneOf: (key, values) => {
      const value = record[key];
      if (isOneOf(values, value)) return value;
      wrong(key, `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
      return values[0];
    },
    value: (key) => record[key],
  };
}
