import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AnswerPanel } from '../../src/components/card/AnswerPanel';
import type { CompiledCard } from '../../src/domain/card-types';

function makeCard(sectionCount: number): CompiledCard {
  return {
    id: 'deck/many',
    deckId: 'deck',
    number: 1,
    question: 'What has many parts?',
    answer: 'Short answer.',
    sections: Array.from({ length: sectionCount }, (_, i) => ({
      title: `Part ${i + 1}`,
      markdown: `Body of part ${i + 1}.`,
    })),
    tags: [],
    source: { file: 'deck.md', line: 1 },
  };
}

describe('AnswerPanel sections', () => {
  it('shows a few sections as before, their content ready', async () => {
    render(<AnswerPanel card={makeCard(3)} />);
    expect(screen.getAllByText(/^Part \d$/)).toHaveLength(3);
    expect(await screen.findByText('Body of part 3.')).toBeInTheDocument();
  });

  it('shows the first 50 of 20,000 sections, renders each when opened, and gathers the rest', async () => {
    const user = userEvent.setup();
    const { container } = render(<AnswerPanel card={makeCard(20_000)} />);
    expect(container.querySelectorAll('details')).toHaveLength(51);
    expect(screen.getByText('19,950 more sections, as plain text')).toBeInTheDocument();
    expect(screen.queryByText('Body of part 2.')).toBeNull();

    await user.click(screen.getByText('Part 2'));
    expect(await screen.findByText('Body of part 2.')).toBeVisible();
    await user.click(screen.getByText('19,950 more sections, as plain text'));
    expect(await screen.findByText(/Part 51\s+Body of part 51\./)).toBeVisible();
  });
});
