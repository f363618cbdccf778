import type { CompiledCard, CompiledDeck } from '../../src/domain/card-types';
import { createRandom, pickFrom, type Random } from './random';

export const benchDeckId = 'bench';

const words = [
  'cache',
  'index',
  'latency',
  'throughput',
  'replica',
  'partition',
  'queue',
  'consumer',
  'producer',
  'transaction',
  'isolation',
  'deadlock',
  'mutex',
  'thread',
  'process',
  'heap',
  'stack',
  'garbage',
  'collector',
  'closure',
  'promise',
  'event',
  'loop',
  'socket',
  'header',
  'request',
  'response',
  'token',
  'session',
  'cookie',
  'schema',
  'migration',
  'shard',
  'leader',
  'follower',
  'quorum',
  'consensus',
  'idempotent',
  'retry',
  'backoff',
  'timeout',
  'circuit',
  'breaker',
  'load',
  'balancer',
  'proxy',
  'gateway',
  'container',
  'kernel',
  'scheduler',
  'memory',
  'pointer',
  'reference',
  'interface',
  'contract',
  'version',
  'rollback',
  'deploy',
];
const topics = ['databases', 'networking', 'concurrency', 'distributed', 'javascript', 'os'];

function writeSentence(random: Random, wordCount: number): string {
  const picked = Array.from({ length: wordCount }, () => pickFrom(random, words));
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function writeParagraph(random: Random, targetLength: number): string {
  const sentences: string[] = [];
  let length = 0;
  while (length < targetLength) {
    const sentence = writeSentence(random, 6 + Math.floor(random() * 8));
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

function createCard(random: Random, position: number): CompiledCard {
  const question = `How does the ${writeSentence(random, 6).slice(0, -1).toLowerCase()} work?`;
  return {
    id: `${benchDeckId}/q${position}-${question.slice(13, 40).replace(/\W+/g, '-')}`,
    deckId: benchDeckId,
    number: position + 1,
    question,
    answer: writeParagraph(random, 230),
    sections: [{ title: 'Concepts', markdown: `- ${writeParagraph(random, 110)}` }],
    tags: ['bench', pickFrom(random, topics)],
    source: { file: 'bench.md', line: 1 + position * 12 },
  };
}

export function createBenchDeckInfo(): CompiledDeck['deck'] {
  return {
    id: benchDeckId,
    title: 'Bench deck',
    description: 'Generated cards for the review benchmark.',
    tags: ['bench'],
    file: 'bench.md',
  };
}

/**
 * The bench deck's `size` cards of about 600 bytes each, as the compiler would hand them to
 * storage, `chunk` at a time: 100,000 of them need not be in memory at once.
 */
export function* createBenchCards(size: number, chunk: number): Generator<CompiledCard[]> {
  const random = createRandom(7);
  for (let first = 0; first < size; first += chunk) {
    const count = Math.min(chunk, size - first);
    yield Array.from({ length: count }, (_, i) => createCard(random, first + i));
  }
}
