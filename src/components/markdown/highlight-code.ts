import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import go from 'highlight.js/lib/languages/go';
import http from 'highlight.js/lib/languages/http';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { createLowlight } from 'lowlight';
import { visit } from 'unist-util-visit';

// A chosen set of grammars: lowlight's `common` set would cost more than the rest of the app's JavaScript.
const lowlight = createLowlight({
  bash,
  css,
  go,
  http,
  java,
  javascript,
  json,
  python,
  sql,
  typescript,
  xml,
  yaml,
});
lowlight.registerAlias({
  bash: ['sh', 'shell', 'zsh', 'console'],
  javascript: ['js', 'jsx', 'node', 'mjs'],
  typescript: ['ts', 'tsx'],
  xml: ['html', 'svg'],
  yaml: ['yml'],
  python: ['py'],
});

function languageOf(node: Element): string | undefined {
  const classes = node.properties.className;
  if (!Array.isArray(classes)) return undefined;
  const match = classes.map(String).find((c) => c.startsWith('language-'));
  return match?.slice('language-'.length).toLowerCase();
}

// Highlighting runs in the same task as the reveal; past this much code in one card, the rest
// of its code stays plain text (as code in an unknown language does).
const maxHighlightedChars = 8000;

/** Rehype plugin: highlights fenced code whose language is registered; leaves the rest as plain text. */
export function rehypeHighlightCode() {
  return (tree: Root) => {
    let budget = maxHighlightedChars;
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      const language = languageOf(node);
      if (!language || !lowlight.registered(language)) return;
      const code = toText(node, { whitespace: 'pre' });
      if (code.length > budget) return;
      budget -= code.length;
      const result = lowlight.highlight(language, code);
      node.children = result.children.filter(
        (child): child is ElementContent => child.type === 'element' || child.type === 'text',
      );
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes.map(String), 'hljs'];
    });
  };
}
