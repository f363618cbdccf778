import { describe, expect, it } from 'vitest';
import { findWords, stemWord, toAllStems, toContentStems } from '../../../src/domain/quiz/stem';

describe('stemWord', () => {
  it.each([
    ['request', 'requests'],
    ['cache', 'caches'],
    ['cache', 'cached'],
    ['cache', 'caching'],
    ['query', 'queries'],
    ['process', 'processes'],
    ['process', 'processing'],
    ['process', 'processed'],
    ['parse', 'parsing'],
    ['render', 'rendered'],
    ['cookie', 'cookies'],
    ['retry', 'retried'],
    ['map', 'mapping'],
    ['status', 'statuses'],
    ['Endpoint', 'endpoints'],
    ['API', 'APIs'],
  ])('gives %s and %s the same stem', (base, inflected) => {
    expect(stemWord(inflected)).toBe(stemWord(base));
  });

  it.each([
    ['http', 'https'],
    ['string', 'str'],
    ['status', 'stat'],
    ['class', 'clas'],
    ['poll', 'pol'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(stemWord(a)).not.toBe(stemWord(b));
  });
});

describe('stemWord on singulars ending in s', () => {
  it('leaves them as they are', () => {
    expect(['analysis', 'status', 'redis', 'class'].map(stemWord)).toEqual([
      'analysis',
      'status',
      'redis',
      'class',
    ]);
  });
});

describe('words and stems', () => {
  it('splits markdown, slashes and punctuation but keeps hyphenated compounds and versions', () => {
    expect(findWords('**HTML/CSS/JS**, real-time `HTTP/1.1` and the client’s data')).toEqual([
      'HTML',
      'CSS',
      'JS',
      'real-time',
      'HTTP',
      '1.1',
      'and',
      'the',
      'client',
      'data',
    ]);
  });

  it('drops stop words, contractions and numbers from content stems, but not from all stems', () => {
    expect(toContentStems("It's the 2 servers that don't cache")).toEqual(['server', 'cach']);
    expect(toAllStems('HTTP/2 over real-time')).toEqual([
      'http',
      '2',
      'over',
      'real',
      stemWord('time'),
    ]);
  });
});
