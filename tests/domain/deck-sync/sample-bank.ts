import type { CompiledCard, CompiledDeck, StoredCard } from '../../../src/domain/card-types';
import { hashCardContent } from '../../../src/domain/deck-sync/content-hash';

export const DECK_ID = 'web-basics';

const BOILERPLATE =
  'See the Concepts section below for the full explanation, the diagrams and the worked examples.';

type CardSpec = { slug: string; question: string; answer: string; tags?: string[] };

export function makeCard(spec: CardSpec, line = 1, deckId = DECK_ID): CompiledCard {
  return {
    id: `${deckId}/${spec.slug}`,
    deckId,
    number: null,
    question: spec.question,
    answer: spec.answer,
    sections: [{ title: 'Concepts', markdown: `Notes on ${spec.question}` }],
    tags: spec.tags ?? [],
    source: { file: `${deckId}.md`, line },
  };
}

export const ORIGINAL: CardSpec[] = [
  {
    slug: 'put-vs-patch',
    question: 'Difference between PUT vs PATCH',
    answer:
      'PUT replaces the whole resource with the request body and is idempotent; PATCH applies a partial update to some fields and is not guaranteed to be idempotent.',
  },
  {
    slug: 'what-happens-when-you-enter-a-url',
    question: 'What happens when you enter a URL?',
    answer:
      'The browser parses the URL, resolves the domain through DNS, opens a TCP connection and a TLS session, sends an HTTP request, and renders the HTML, CSS and JavaScript of the response.',
  },
  {
    slug: 'what-is-a-closure',
    question: 'What is a closure?',
    answer:
      'A closure is a function bundled with the variables of the scope it was created in, so it can still read and change them after that scope has returned.',
  },
  {
    slug: 'how-does-a-database-index-work',
    question: 'How does a database index work?',
    answer:
      'An index is a sorted structure, usually a B-tree, that maps column values to row locations so lookups and range scans avoid reading the whole table.',
  },
  {
    slug: 'process-vs-thread',
    question: 'Process vs thread',
    answer:
      'A process has its own memory space and resources; threads run inside a process and share its memory, which makes them cheaper to create but needs synchronisation.',
  },
  { slug: 'what-is-cors', question: 'What is CORS?', answer: BOILERPLATE },
  { slug: 'what-is-a-cdn', question: 'What is a CDN?', answer: BOILERPLATE },
  { slug: 'what-is-dns-caching', question: 'What is DNS caching?', answer: BOILERPLATE },
];

export function buildDeck(specs: CardSpec[], deckId = DECK_ID): CompiledDeck {
  return {
    deck: { id: deckId, title: 'Web basics', description: '', tags: [], file: `${deckId}.md` },
    cards: specs.map((spec, i) => makeCard(spec, 1 + i * 10, deckId)),
    diagnostics: [],
  };
}

/**
 * The original bank after a typical edit: a question reworded (same answer), an answer
 * rewritten, a card deleted, a card added, and one boilerplate card swapped for another.
 */
export function buildEditedSpecs(): CardSpec[] {
  const [putPatch, url, closure, index, , cors, cdn] = ORIGINAL;
  if (!putPatch || !url || !closure || !index || !cors || !cdn) throw new Error('bank too short');
  return [
    {
      ...putPatch,
      answer:
        'PUT sends the complete new representation and replaces the resource; PATCH sends only the changes. PUT must be idempotent, PATCH may not be.',
    },
    {
      ...url,
      slug: 'what-happens-when-you-type-a-url-and-press-enter',
      question: 'What happens when you type a URL and press Enter?',
    },
    closure,
    index,
    cors,
    cdn,
    {
      slug: 'what-is-a-deadlock',
      question: 'What is a deadlock?',
      answer:
        'Two or more threads each hold a lock the other needs and wait forever; avoid it with a global lock order, timeouts or lock-free designs.',
    },
    { slug: 'what-is-http-keep-alive', question: 'What is HTTP keep-alive?', answer: BOILERPLATE },
  ];
}

/** The cards as storage would hold them after importing `deck`. */
export function toStoredCards(deck: CompiledDeck): StoredCard[] {
  return deck.cards.map((card, position) => ({
    ...card,
    position,
    contentHash: hashCardContent(card),
    status: 'active',
    previousIds: [],
  }));
}
