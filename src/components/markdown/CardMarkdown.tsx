import type { ComponentPropsWithoutRef } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { rehypeHighlightCode } from './highlight-code';
import { toSafeUrl } from './safe-url';

const components: Components = {
  img: ({
    node: _node,
    src,
    alt,
    ...rest
  }: ComponentPropsWithoutRef<'img'> & { node?: unknown }) => (
    <img
      {...rest}
      src={typeof src === 'string' ? src : undefined}
      alt={alt ?? ''}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  ),
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
const rehypePlugins = [rehypeHighlightCode];

/** Renders untrusted card markdown: no raw HTML, only safe URLs, highlighted code, lazy images. */
export function CardMarkdown({ markdown }: { markdown: string }) {
  return (
    <div className="markdown">
      <Markdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        urlTransform={toSafeUrl}
        skipHtml
        components={components}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
