import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuestionPanel } from '../../src/components/card/QuestionPanel';

const card = { id: 'd/output', number: 4, question: 'What is the output?' };

describe('QuestionPanel', () => {
  it('shows the prompt as card markdown inside the Question region, under the question', async () => {
    render(
      <QuestionPanel
        card={{
          ...card,
          prompt: 'Given:\n\n```js\nconsole.log(<b>1</b>);\n```\n\nand <b>bold</b>',
        }}
        deckTitle="JS"
      />,
    );
    const region = screen.getByRole('region', { name: 'Question' });
    expect(within(region).getByRole('heading', { name: 'What is the output?' })).toBeVisible();
    await waitFor(() => expect(region.querySelector('pre code')).not.toBeNull());
    expect(region.querySelector('pre code')).toHaveTextContent('console.log(<b>1</b>);');
    expect(region.querySelector('p b')).toHaveTextContent('bold');
    // The question first, then its prompt.
    const html = region.innerHTML;
    expect(html.indexOf('<h2>')).toBeLessThan(html.indexOf('<pre>'));
  });

  it('shows only the question when the card has no prompt, or an empty one', () => {
    for (const prompt of [undefined, '', '  \n']) {
      const { container, unmount } = render(<QuestionPanel card={{ ...card, prompt }} />);
      expect(container.querySelector('.card-prompt')).toBeNull();
      unmount();
    }
  });
});
