import type { Element, ElementContent, Root, RootContent } from 'hast';
import { type HtmlToken, tokenizeHtml } from './html-tokens';

// Deeper nesting from raw HTML is not formatting; it would only deepen every recursive walk
// after this one (the sanitizer, the renderer), so tags past it are ignored.
const maxHtmlDepth = 32;

type Item = { kind: 'node'; node: ElementContent } | HtmlToken;

/**
 * Rehype plugin: turns the raw HTML that markdown lets through into elements, through the
 * allowlist of html-tokens.ts. A tag opened in one raw node and closed in a later sibling (as
 * inline HTML is: `<b>`, text, `</b>`) wraps what lies between. What it makes still goes
 * through the sanitizer after it.
 */
export function rehypeInlineHtml() {
  return (tree: Root) => {
    rebuildChildren(tree);
  };
}

function rebuildChildren(parent: Root | Element): void {
  let hasRaw = false;
  for (const child of parent.children) {
    if (child.type === 'element') rebuildChildren(child);
    else if (child.type === 'raw') hasRaw = true;
  }
  if (hasRaw) parent.children = nestItems(parent.children.flatMap(toItems));
}

function toItems(node: RootContent): Item[] {
  if (node.type === 'raw') return tokenizeHtml(node.value);
  return node.type === 'doctype' ? [] : [{ kind: 'node', node }];
}

/** Builds elements from a run of siblings, as a browser would: unclosed tags close at the end. */
function nestItems(items: readonly Item[]): ElementContent[] {
  const top: ElementContent[] = [];
  const stack: Element[] = [];
  // The name of the element being dropped (a script): up to its first closing tag, as browsers read it.
  let dropping: string | null = null;
  const append = (node: ElementContent) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) top.push(node);
    else parent.children.push(node);
  };
  for (const item of items) {
    if (dropping !== null) {
      if (item.kind === 'close' && item.name === dropping) dropping = null;
      continue;
    }
    if (item.kind === 'node') append(item.node);
    else if (item.kind === 'text') append({ type: 'text', value: item.value });
    else if (item.kind === 'drop') dropping = item.name;
    else if (item.kind === 'close') closeElement(stack, item.name);
    else if (stack.length < maxHtmlDepth) {
      const element: Element = {
        type: 'element',
        tagName: item.name,
        properties: { ...item.properties },
        children: [],
      };
      append(element);
      if (!item.isVoid) stack.push(element);
    }
  }
  return top;
}

/** Closes the innermost open element of that name, and any left open inside it; a stray closing tag is ignored. */
function closeElement(stack: Element[], name: string): void {
  const index = stack.findLastIndex((element) => element.tagName === name);
  if (index !== -1) stack.length = index;
}
