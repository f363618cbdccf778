import { describe, expect, it } from 'vitest';
import {
  isReviewOrDeckHref,
  readCardIdParam,
  routes,
  toBrowseHref,
  toCardHref,
  toCramSelectionHref,
  toDeckHref,
  toStudyHref,
} from '../../src/components/routes';

describe('route builders', () => {
  it('puts a card id, slash and all, into one path segment and reads it back', () => {
    const cardId = 'backend/what-is-100%-cpu?';
    const href = toCardHref(cardId);
    expect(href).toBe('/cards/backend%2Fwhat-is-100%25-cpu%3F');
    expect(readCardIdParam(href.slice('/cards/'.length))).toBe(cardId);
  });

  it('takes a parameter the router already decoded as the id it is', () => {
    expect(readCardIdParam('deck/50%-off')).toBe('deck/50%-off');
  });

  it("links a deck's page and its study modes with the deck id encoded", () => {
    expect(toDeckHref('system design')).toBe('/decks/system%20design');
    expect(toStudyHref(routes.review, 'a&b')).toBe('/review?deck=a%26b');
    expect(toStudyHref(routes.write, 'go')).toBe('/quiz/write?deck=go');
  });

  it('opens a study mode on every deck when no deck is given', () => {
    expect(toStudyHref(routes.cram, null)).toBe('/quiz/cram');
    expect(toStudyHref(routes.review)).toBe('/review');
  });

  it("links Browse with or without a query, and Cram on Browse's selection", () => {
    expect(toBrowseHref('')).toBe('/browse');
    expect(toBrowseHref('q=cache&state=review')).toBe('/browse?q=cache&state=review');
    expect(toCramSelectionHref()).toBe('/quiz/cram?selection=1');
  });

  it('tells links to Review or a deck from the others', () => {
    expect(isReviewOrDeckHref(toStudyHref(routes.review, 'go'))).toBe(true);
    expect(isReviewOrDeckHref(toDeckHref('go'))).toBe(true);
    expect(isReviewOrDeckHref(toCardHref('go/x'))).toBe(false);
    expect(isReviewOrDeckHref(routes.decks)).toBe(false);
  });
});
