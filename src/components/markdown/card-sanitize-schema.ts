import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * The allowlist every rendered card goes through last (after rehype-inline-html.ts): GitHub's,
 * plus the formatting tags Anki cards use, with scripts and their kin stripped whole.
 */
export const cardSanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'mark', 'small', 'u'],
  // `media:` names an image stored on this device; only img may carry a src in this schema,
  // and links (href) never take it.
  protocols: {
    ...defaultSchema.protocols,
    src: [...(defaultSchema.protocols?.src ?? []), 'media'],
  },
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'textarea'],
  // The ids the markdown renderer makes (footnotes) are already prefixed, and raw HTML never
  // carries an id or a name (rehype-inline-html.ts keeps neither): prefixing again would break
  // the footnote links.
  clobber: [],
};
