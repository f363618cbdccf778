// Browse's text search alone, this design and the one before it (MiniSearch), on the same
// cards and queries in the same page: the index build's time and heap, then each query's time.
import { createBrowseCatalog } from '../../src/domain/browse/browse-catalog';
import type { SearchableCard } from '../../src/domain/browse/browse-types';
import { createSearchScratch, searchCardIndex } from '../../src/domain/browse/card-search';
import {
  addCardsToIndex,
  createCardSearchIndex,
  packCardSearchIndex,
} from '../../src/domain/browse/card-search-index';
import { loadBrowseContent } from '../../src/storage/browse-repo';
import type { DrillbookDb } from '../../src/storage/db';
import {
  addCardsToMiniSearch,
  createMiniSearchIndex,
  createMiniSearchScratch,
  searchMiniSearchIndex,
} from '../search/minisearch-index';
import { readHeapMb } from './heap';
import type { Percentiles } from './review-bench-types';
import { summarize } from './stats';

export type TextDesignFigures = {
  name: string;
  indexBuildMs: number;
  /**
   * JS heap the index adds (MB, after a full collection; Chromium counts typed arrays' buffers
   * in it); null where Chromium hides it.
   */
  indexHeapMb: number | null;
  textSearch: Percentiles;
};

type Design = {
  name: string;
  build: (cards: readonly SearchableCard[]) => (text: string) => void;
};

const designs: readonly Design[] = [
  {
    name: 'own index (now)',
    build: (cards) => {
      const index = createCardSearchIndex(cards);
      addCardsToIndex(index, cards);
      // As the engine leaves it once every card is indexed.
      packCardSearchIndex(index);
      const scratch = createSearchScratch(cards.length);
      return (text) => void searchCardIndex(index, text, scratch);
    },
  },
  {
    name: 'MiniSearch (before)',
    build: (cards) => {
      const index = createMiniSearchIndex();
      addCardsToMiniSearch(index, cards);
      const scratch = createMiniSearchScratch(cards.length);
      return (text) => void searchMiniSearchIndex(index, text, scratch);
    },
  },
];

export async function measureTextDesigns(
  db: DrillbookDb,
  texts: readonly string[],
): Promise<TextDesignFigures[]> {
  const content = await loadBrowseContent(db);
  // Browse order, as the engine indexes them.
  const catalog = createBrowseCatalog(content);
  const cards = catalog.indexing.pending;
  const figures: TextDesignFigures[] = [];
  for (const { name, build } of designs) {
    const before = readHeapMb();
    const began = performance.now();
    // Block-scoped: the index is garbage once this design is measured.
    const search = build(cards);
    const indexBuildMs = Math.round(performance.now() - began);
    const after = readHeapMb();
    for (const text of texts) search(text);
    const samples = texts.map((text) => {
      const started = performance.now();
      search(text);
      return performance.now() - started;
    });
    const indexHeapMb =
      before === null || after === null ? null : Math.round((after - before) * 10) / 10;
    figures.push({ name, indexBuildMs, indexHeapMb, textSearch: summarize(samples) });
  }
  return figures;
}
