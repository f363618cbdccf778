import { describe, expect, it } from 'vitest';
import { parseAnkiText, parseHeaderCsv } from '../../../src/domain/deck-import/parse-delimited';

const errors = (deck: ReturnType<typeof parseAnkiText>) =>
  deck.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}: ${d.message}`);

describe('parseAnkiText', () => {
  it('reads an Anki export: separator, html, tags column, deck and quoted multi-line fields', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#deck:Networking::Basics',
      '#tags column:3',
      'What is DNS?\tIt maps <b>names</b> to addresses.<br>Over UDP.\tnetwork dns',
      '"What is\nTCP?"\t"A reliable stream; ""ordered""."\tnetwork',
      '',
    ].join('\n');
    const deck = parseAnkiText(text, 'anki.txt');
    expect(errors(deck)).toEqual([]);
    expect(deck.deck).toMatchObject({ id: 'anki', title: 'Networking::Basics' });
    expect(deck.cards.map((c) => [c.id, c.question, c.answer, c.tags, c.source.line])).toEqual([
      [
        'anki/what-is-dns',
        'What is DNS?',
        'It maps **names** to addresses.\nOver UDP.',
        ['network', 'dns'],
        5,
      ],
      ['anki/what-is-tcp', 'What is TCP?', 'A reliable stream; "ordered".', ['network'], 6],
    ]);
  });

  it('skips GUID and note type columns, adds #tags: to every card, and keeps extra fields as sections', () => {
    const text = [
      '#separator:comma',
      '#guid column:1',
      '#notetype column:2',
      '#columns:guid,type,Front,Back,Extra',
      '#tags:imported',
      'abc123,Basic,Q1. What is a mutex?,A lock.,Only one holder at a time.',
    ].join('\n');
    const [card] = parseAnkiText(text, 'notes.csv').cards;
    expect(card).toMatchObject({
      number: 1,
      question: 'What is a mutex?',
      answer: 'A lock.',
      sections: [{ title: 'Extra', markdown: 'Only one holder at a time.' }],
      tags: ['imported'],
    });
  });

  it('reads tab-separated text without headers as front, back, tags, and a header row by its names', () => {
    const plain = parseAnkiText('What is CORS?\tA browser rule.\tweb security\n', 'plain.tsv');
    expect(plain.cards[0]).toMatchObject({
      question: 'What is CORS?',
      answer: 'A browser rule.',
      sections: [],
      tags: ['web', 'security'],
    });
    const named = parseAnkiText('tags\tanswer\tquestion\nweb\tA rule.\tWhat is CORS?\n', 't.tsv');
    expect(named.cards[0]).toMatchObject({
      question: 'What is CORS?',
      answer: 'A rule.',
      tags: ['web'],
    });
  });

  it('names the line of a bad header, a short row and an unclosed quote', () => {
    const text = [
      '#separator:wavy',
      '#tags column:zero',
      'Only a question here',
      'Fine?\tYes.',
      '"Broken\tquote',
    ].join('\n');
    expect(errors(parseAnkiText(text, 'bad.txt'))).toEqual([
      '1: unknown separator "wavy"; use tab, comma, semicolon, space, pipe or colon',
      '2: #tags column: takes a column number (1 is the first column), not "zero"',
      '3: the row has 1 column; expected at least 2 (question and answer)',
      '5: a quoted field is never closed (a " is missing)',
      '5: the row has 1 column; expected at least 2 (question and answer)',
    ]);
  });
});

describe('parseHeaderCsv', () => {
  it('maps question, answer and tags by name, in any order, and other columns to sections', () => {
    const text =
      'Answer,Question,Tags,Source\n"PUT replaces, PATCH updates.",PUT vs PATCH?,http rest,RFC 5789\n';
    const deck = parseHeaderCsv(text, 'api.csv');
    expect(deck.cards).toEqual([
      {
        id: 'api/put-vs-patch',
        deckId: 'api',
        number: null,
        question: 'PUT vs PATCH?',
        prompt: '',
        answer: 'PUT replaces, PATCH updates.',
        sections: [{ title: 'Source', markdown: 'RFC 5789' }],
        tags: ['http', 'rest'],
        source: { file: 'api.csv', line: 2 },
      },
    ]);
  });

  it('refuses wrong columns, naming the header line and what it found', () => {
    const deck = parseHeaderCsv('name,email,phone\nAda,ada@example.com,1\n', 'people.csv');
    expect(errors(deck)).toEqual([
      '1: expected a header row with the columns question, answer and optionally tags; found "name, email, phone"',
    ]);
    expect(deck.cards).toEqual([]);
  });

  it('reports an empty question by line and a file with a header but no rows', () => {
    expect(errors(parseHeaderCsv('question,answer\n,Orphan answer\n', 'a.csv'))).toEqual([
      '2: the question is empty; the row was left out',
    ]);
    expect(errors(parseHeaderCsv('question,answer\n', 'a.csv'))).toEqual([
      '1: no questions found: the file has a header but no rows of question and answer',
    ]);
  });

  it('gives repeated questions distinct ids, as markdown does', () => {
    const deck = parseHeaderCsv('question;answer\nWhat is X?;One.\nWhat is X?;Two.\n', 'x.csv');
    expect(deck.cards.map((card) => card.id)).toEqual(['x/what-is-x', 'x/what-is-x-2']);
  });

  it('keeps a leading Q<digits> as text unless a ".", ":" or ")" follows it', () => {
    const text = 'question,answer\nQ1?,First.\nQ2?,Second.\nQ3. What is a port?,Third.\n';
    const deck = parseHeaderCsv(text, 'quiz.csv');
    expect(deck.cards.map((card) => [card.id, card.number, card.question])).toEqual([
      ['quiz/q1', null, 'Q1?'],
      ['quiz/q2', null, 'Q2?'],
      ['quiz/what-is-a-port', 3, 'What is a port?'],
    ]);
  });
});
