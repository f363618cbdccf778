import type { DeckMeta } from '../card-types';
import type { FrontMatter } from './front-matter';
import { stripEmphasis } from './section-titles';
import { slugify } from './slugify';
import type { HeadingToken } from './tokens';

/** `cards/http-basics.md` becomes `http-basics`. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Front matter first, then the `# Title` heading, then the file name. */
export function buildDeckMeta(
  meta: FrontMatter,
  title: HeadingToken | null,
  file: string,
): DeckMeta {
  const name = baseName(file);
  return {
    id: slugify(meta.id ?? '') || slugify(name) || 'deck',
    title: meta.title ?? (title ? stripEmphasis(title.text) || null : null) ?? name,
    description: meta.description ?? '',
    tags: normalizeTags(meta.tags),
    file,
  };
}

export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => slugify(tag)).filter((tag) => tag !== ''))];
}
