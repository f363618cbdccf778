import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModePicker } from '../../src/components/ModePicker';
import { renderAt } from '../support/render-at';

const names = ['Review', 'Write', 'Mock interview', 'Multiple choice', 'Cram'];

function pickerLinks() {
  return within(screen.getByRole('navigation', { name: 'Quiz modes' })).getAllByRole('link');
}

describe('ModePicker', () => {
  it('links every mode by its exact name, carrying the current deck', () => {
    renderAt('/review?deck=alpha', <ModePicker deckId="alpha beta" />);
    const links = pickerLinks();
    expect(links.map((link) => link.textContent)).toEqual(names);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/review?deck=alpha%20beta',
      '/quiz/write?deck=alpha%20beta',
      '/quiz/mock?deck=alpha%20beta',
      '/quiz/choice?deck=alpha%20beta',
      '/quiz/cram?deck=alpha%20beta',
    ]);
  });

  it('opens the modes on all decks when there is no deck, and marks the current one', () => {
    renderAt('/quiz/cram', <ModePicker />);
    const links = pickerLinks();
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/review',
      '/quiz/write',
      '/quiz/mock',
      '/quiz/choice',
      '/quiz/cram',
    ]);
    expect(screen.getByRole('link', { name: 'Cram' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Write' })).not.toHaveAttribute('aria-current');
  });
});
