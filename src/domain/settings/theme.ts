/** The colour theme: follow the operating system, or force light or dark. */
export const themes = ['system', 'light', 'dark'] as const;

export type Theme = (typeof themes)[number];

export const defaultTheme: Theme = 'system';

/** A stored or mirrored value as a theme; anything unknown follows the system. */
export function parseTheme(value: unknown): Theme {
  return themes.find((theme) => theme === value) ?? defaultTheme;
}
