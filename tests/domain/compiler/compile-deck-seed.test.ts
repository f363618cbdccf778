import { describe, expect, it } from 'vitest';
import { cardNumbered, cardText, compileFixture, messages, readFixture } from './fixtures';

const deck = compileFixture('seed-question-bank.md');

describe('compileDeck on the unmodified seed bank', () => {
  it('finds 19 questions numbered 1-4 and 6-20, with no errors', () => {
    expect(deck.cards.map((card) => card.number)).toEqual([
      1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
    expect(messages(deck, 'error')).toEqual([]);
  });

  it('names the deck after the file, which has neither front matter nor a title', () => {
    expect(deck.deck).toMatchObject({ id: 'seed-question-bank', title: 'seed-question-bank' });
    expect(deck.cards.every((card) => card.id.startsWith('seed-question-bank/'))).toBe(true);
  });

  it('keeps the question text without its "Question N:" prefix', () => {
    expect(cardNumbered(deck, 7).question).toBe(
      'Difference between PUT vs PATCH with real backend use-cases.',
    );
    expect(cardNumbered(deck, 7).id).toBe(
      'seed-question-bank/difference-between-put-vs-patch-with-real-backend-use-cases',
    );
  });

  it('takes the interview-specific answer as the answer', () => {
    expect(cardNumbered(deck, 7).answer).toMatch(/^PUT replaces the entire resource/);
    expect(cardNumbered(deck, 7).sections.map((s) => s.title)).toEqual([
      'Concepts',
      'Example Code Snippets',
    ]);
  });

  it('stops question 8 answer before WOKRING EXAMPLE and files what follows as sections', () => {
    const card = cardNumbered(deck, 8);
    expect(card.answer).not.toContain('WOKRING EXAMPLE');
    expect(card.answer).not.toContain('2xx – Success');
    expect(card.sections.map((s) => s.title)).toEqual([
      'Concepts',
      'Example Code Snippets',
      'WOKRING EXAMPLE',
      '2xx – Success',
      '3xx – Redirection',
      '4xx – Client-side Error',
      '5xx – Server-side Failure',
      'One-line intuition',
    ]);
    expect(deck.diagnostics).toContainEqual(
      expect.objectContaining({ line: 567, severity: 'warning' }),
    );
  });

  it('keeps "Standard HTTP Methods" of question 16 as its own section', () => {
    const card = cardNumbered(deck, 16);
    expect(card.answer).not.toContain('Standard HTTP Methods');
    const section = card.sections.find((s) => s.title === 'Standard HTTP Methods');
    expect(section?.markdown).toContain('**Interview-ready line**');
  });

  it('turns the [TODO] of question 19 into a tag and a warning', () => {
    const card = cardNumbered(deck, 19);
    expect(card.tags).toContain('todo');
    expect(card.question).toBe('What is idempotency in REST APIs? Why is it important?');
    expect(deck.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 1496,
        severity: 'warning',
        message: expect.stringContaining('[TODO]'),
      }),
    );
    expect(deck.cards.filter((c) => c.tags.includes('todo'))).toHaveLength(1);
  });

  it('keeps the images of question 1, verbatim', () => {
    const card = cardNumbered(deck, 1);
    expect(cardText(card)).toContain(
      '![URL Components](https://i0.wp.com/abstrax.io/wp-content/uploads/2022/08/domain-name-format.png?resize=847%2C405&ssl=1)',
    );
    expect(card.answer).not.toContain('![');
  });

  it('keeps code blocks whole, fences included', () => {
    const snippets = cardNumbered(deck, 2).sections.find(
      (s) => s.title === 'Example Code Snippets',
    );
    expect(snippets?.markdown).toContain(
      '```js\napp.get("/users/:id", (req, res) => {\n  const userId = req.params.id;',
    );
    expect(snippets?.markdown.startsWith('**Example 1: API Endpoint (Client View)**')).toBe(true);
    expect(snippets?.markdown.endsWith('```')).toBe(true);
  });

  it('trims the --- separators at the edges of sections', () => {
    for (const card of deck.cards) {
      for (const text of [card.answer, ...card.sections.map((s) => s.markdown)]) {
        expect(text.startsWith('---')).toBe(false);
        expect(text.endsWith('---')).toBe(false);
      }
    }
  });

  it('drops the HTML comment after question 15', () => {
    expect(cardText(cardNumbered(deck, 15))).not.toContain('<!--');
  });

  it('loses no line of content: each appears in the card it was written under', () => {
    const lines = readFixture('seed-question-bank.md').split('\n');
    const missing: string[] = [];
    lines.forEach((line, index) => {
      const text = line.trim();
      if (text === '' || /^#{1,6}\s/.test(text) || text === '---' || text.startsWith('<!--'))
        return;
      const owner = [...deck.cards].reverse().find((card) => card.source.line <= index + 1);
      if (!owner || !cardText(owner).includes(text)) missing.push(`${index + 1}: ${text}`);
    });
    expect(missing).toEqual([]);
  });

  it('records the line of each question heading', () => {
    expect(cardNumbered(deck, 1).source).toEqual({
      file: 'fixtures/seed-question-bank.md',
      line: 1,
    });
    expect(cardNumbered(deck, 7).source.line).toBe(405);
  });
});
