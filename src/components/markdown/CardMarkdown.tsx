import { type ComponentPropsWithoutRef, memo, useDeferredValue, useMemo } from 'react';
import Markdown, { type Components, type Options } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { readMediaKey } from '../../domain/media';
import { cardSanitizeSchema } from './card-sanitize-schema';
import { splitForDisplay, splitIntoPieces } from './display-budget';
import { rehypeHighlightCode } from './highlight-code';
import { MediaImage } from './MediaImage';
import { PlainText } from './PlainText';
import { rehypeInlineHtml } from './rehype-inline-html';
import { transformCardUrl } from './safe-url';

const components: Components = {
  img: ({
    node: _node,
    src,
    alt,
    ...rest
  }: ComponentPropsWithoutRef<'img'> & { node?: unknown }) => {
    const mediaKey = typeof src === 'string' ? readMediaKey(src) : null;
    if (mediaKey !== null) {
      const { title, width, height } = rest;
      return <MediaImage mediaKey={mediaKey} alt={alt ?? ''} {...{ title, width, height }} />;
    }
    return (
      <img
        {...rest}
        src={typeof src === 'string' ? src : undefined}
        alt={alt ?? ''}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
      />
    );
  },
  a: ({
    node: _node,
    href,
    children,
    ...rest
  }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) => {
    const isInPage = href?.startsWith('#') ?? false;
    return (
      <a
        {...rest}
        href={href || undefined}
        {...(isInPage ? {} : { target: '_blank', rel: 'noopener noreferrer' })}
      >
        {children}
      </a>
    );
  },
};

const remarkPlugins = [remarkGfm];
// Formatting HTML becomes elements through an allowlist, the whole tree then meets the
// sanitizer, and only then is code highlighted (its classes are the renderer's own).
const rehypePlugins: Options['rehypePlugins'] = [
  rehypeInlineHtml,
  [rehypeSanitize, cardSanitizeSchema],
  rehypeHighlightCode,
];

function MarkdownPiece({ markdown }: { markdown: string }) {
  return (
    <Markdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      urlTransform={transformCardUrl}
      skipHtml
      components={components}
    >
      {markdown}
    </Markdown>
  );
}

const MemoPiece = memo(MarkdownPiece);

/**
 * The first piece at once, the others in a deferred render that React runs in slices, so that
 * a long card never makes one long task.
 */
function PiecesInTurn({ markdown }: { markdown: string }) {
  const pieces = useMemo(() => splitIntoPieces(markdown), [markdown]);
  const shownCount = useDeferredValue(pieces.length, 1);
  return pieces.slice(0, shownCount).map((piece, index) => (
    // Pieces never move: the markdown is the same for the life of this element.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <MemoPiece key={index} markdown={piece} />
  ));
}

/**
 * Renders untrusted card markdown: formatting HTML only through an allowlist, only safe URLs, highlighted code, lazy images.
 * A card past the display bounds (display-budget.ts) shows its first part as markdown and the
 * rest as plain text, with a note, so that no card can freeze the page or blank it.
 */
export function CardMarkdown({ markdown }: { markdown: string }) {
  const parts = useMemo(() => splitForDisplay(markdown), [markdown]);
  return (
    <>
      <div className="markdown">
        {/* A new card starts over with its first piece. */}
        <PiecesInTurn key={parts.markdown} markdown={parts.markdown} />
      </div>
      {parts.plain !== '' && (
        <ShortenedRest plain={parts.plain} omittedChars={parts.omittedChars} />
      )}
    </>
  );
}

function ShortenedRest({ plain, omittedChars }: { plain: string; omittedChars: number }) {
  const omitted =
    omittedChars > 0
      ? ` Its last ${omittedChars.toLocaleString('en')} characters are left out.`
      : '';
  return (
    <>
      <p className="meta" role="note">
        Shortened for display: this card is too large or too deeply nested to format in full, so the
        rest is shown as plain text.{omitted}
      </p>
      <PlainText text={plain} />
    </>
  );
}
