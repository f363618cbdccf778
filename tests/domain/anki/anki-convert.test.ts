import { describe, expect, it } from 'vitest';
import { convertAnkiPackage, toAnkiCardId } from '../../../src/domain/anki/anki-convert';
import type {
  AnkiCollection,
  AnkiNotetype,
  AnkiPackage,
} from '../../../src/domain/anki/anki-types';
import type { MediaFile } from '../../../src/domain/media';

const BASIC: AnkiNotetype = {
  id: 1,
  name: 'Basic',
  isCloze: false,
  fields: ['Front', 'Back', 'Source'],
  templates: [{ ord: 0, name: 'Card 1', front: '{{Front}}', back: '{{FrontSide}}<hr>{{Back}}' }],
};

const REVERSED: AnkiNotetype = {
  id: 2,
  name: 'Basic (and reversed card)',
  isCloze: false,
  fields: ['Front', 'Back'],
  templates: [
    { ord: 0, name: 'Card 1', front: '{{Front}}', back: '{{FrontSide}}<hr>{{Back}}' },
    { ord: 1, name: 'Card 2', front: '{{Back}}', back: '{{FrontSide}}<hr>{{Front}}' },
  ],
};

const CLOZE: AnkiNotetype = {
  id: 3,
  name: 'Cloze',
  isCloze: true,
  fields: ['Text', 'Back Extra'],
  templates: [
    { ord: 0, name: 'Cloze', front: '{{cloze:Text}}', back: '{{cloze:Text}}<br>{{Back Extra}}' },
  ],
};

function makePackage(
  notes: { guid: string; type: AnkiNotetype; fields: string[]; ords?: number[]; queue?: number }[],
  media: ReadonlyMap<string, MediaFile> = new Map(),
): AnkiPackage {
  const collection: AnkiCollection = {
    decks: [{ id: 10, name: 'Systems::Networking' }],
    notetypes: [BASIC, REVERSED, CLOZE],
    notes: notes.map((note, i) => ({
      id: 100 + i,
      guid: note.guid,
      notetypeId: note.type.id,
      tags: ['net', 'os::linux'],
      fields: note.fields,
    })),
    cards: notes.flatMap((note, i) =>
      (note.ords ?? [0]).map((ord, j) => ({
        id: 1000 + i * 10 + j,
        noteId: 100 + i,
        deckId: 10,
        originalDeckId: 0,
        ord,
        queue: note.queue ?? 0,
      })),
    ),
    revlog: [],
  };
  return { collection, media };
}

describe('convertAnkiPackage', () => {
  it('makes one deck per Anki deck, with ids from the deck name, the note guid and the ord', () => {
    const converted = convertAnkiPackage(
      makePackage([{ guid: 'aB1', type: BASIC, fields: ['What is DNS?', 'Name lookup', ''] }]),
      'net.apkg',
    );
    expect(converted.decks).toHaveLength(1);
    const [deck] = converted.decks;
    expect(deck?.deck.id).toBe('anki-systems-networking');
    expect(deck?.deck.title).toBe('Systems › Networking');
    expect(deck?.cards[0]?.id).toBe(toAnkiCardId('anki-systems-networking', 'aB1', 0));
    expect(deck?.cards[0]?.id).toBe('anki-systems-networking/anki-614231-0');
    expect(deck?.cards[0]?.tags).toEqual(['net', 'os::linux']);
  });

  it('asks with the front fields, answers with the back-only ones and keeps the rest as sections', () => {
    const [deck] = convertAnkiPackage(
      makePackage([
        {
          guid: 'g1',
          type: BASIC,
          fields: ['What is <b>TCP</b>?', 'A <i>reliable</i> stream', 'RFC 793'],
        },
      ]),
      'net.apkg',
    ).decks;
    expect(deck?.cards[0]?.prompt).toBeUndefined();
    expect(deck?.cards[0]).toMatchObject({
      question: 'What is TCP?',
      answer: 'A *reliable* stream',
      sections: [{ title: 'Source', markdown: 'RFC 793' }],
    });
  });

  it('leaves a typed answer and a hint off the question', () => {
    const typed: AnkiNotetype = {
      ...BASIC,
      id: 4,
      templates: [
        {
          ord: 0,
          name: 'Card 1',
          front: '{{Front}}\n{{hint:Source}}\n{{type:Back}}',
          back: '{{Front}}<hr id=answer>{{type:Back}}',
        },
      ],
    };
    const pkg = makePackage([
      { guid: 't1', type: typed, fields: ['Port of SSH?', '22', 'RFC 4253'] },
    ]);
    pkg.collection.notetypes.push(typed);
    const card = convertAnkiPackage(pkg, 'typed.apkg').decks[0]?.cards[0];
    expect(card).toMatchObject({
      question: 'Port of SSH?',
      answer: '22',
      sections: [{ title: 'Source', markdown: 'RFC 4253' }],
    });
  });

  it('gives each template of a note its own card', () => {
    const [deck] = convertAnkiPackage(
      makePackage([{ guid: 'g2', type: REVERSED, fields: ['port 443', 'HTTPS'], ords: [0, 1] }]),
      'net.apkg',
    ).decks;
    expect(deck?.cards.map((card) => [card.question, card.answer])).toEqual([
      ['port 443', 'HTTPS'],
      ['HTTPS', 'port 443'],
    ]);
  });

  it('hides one deletion per cloze card and shows it in bold on the answer', () => {
    const [deck] = convertAnkiPackage(
      makePackage([
        {
          guid: 'c1',
          type: CLOZE,
          fields: ['{{c1::DNS}} maps names to {{c2::addresses::what?}}', 'Port 53'],
          ords: [0, 1],
        },
      ]),
      'net.apkg',
    ).decks;
    expect(deck?.cards.map((card) => [card.question, card.answer])).toEqual([
      ['[...] maps names to addresses', '**DNS** maps names to addresses\n\nPort 53'],
      ['DNS maps names to [what?]', 'DNS maps names to **addresses**\n\nPort 53'],
    ]);
  });

  it('leaves no script, handler or javascript: address in the markdown', () => {
    const hostile = [
      '<script>alert(1)</script>Question<img src=x onerror="alert(2)">',
      '<a href="javascript:alert(3)">click</a> <a href="https://example.com">safe</a>',
      '<img src="javascript:alert(4)" alt="pic"><span onclick="alert(5)">text</span>',
    ];
    const [deck] = convertAnkiPackage(
      makePackage([{ guid: 'h1', type: BASIC, fields: hostile }]),
      'hostile.apkg',
    ).decks;
    const card = deck?.cards[0];
    const text = JSON.stringify(card);
    expect(text).not.toMatch(/script|javascript|onerror|onclick|alert/);
    expect(card?.question).toBe('Question');
    expect(card?.answer).toBe('click [safe](<https://example.com>)');
    expect(card?.sections).toEqual([{ title: 'Source', markdown: 'pictext' }]);
  });

  it('points images of the package at stored media by content key, and keeps each file once', () => {
    const file: MediaFile = { key: 'ab12.png', type: 'image/png', bytes: new Uint8Array([1]) };
    const converted = convertAnkiPackage(
      makePackage(
        [
          {
            guid: 'm1',
            type: BASIC,
            fields: [
              'Which port?<img src="port&amp;1.png">',
              '<img src="port%261.png" alt="a [x]">',
              '',
            ],
          },
          {
            guid: 'm2',
            type: BASIC,
            fields: ['Missing picture <img src="gone.png" alt="diagram">', 'x', ''],
          },
        ],
        new Map([['port&1.png', file]]),
      ),
      'media.apkg',
    );
    const [first, second] = converted.decks[0]?.cards ?? [];
    expect(first?.prompt).toBe('Which port?![](media:ab12.png)');
    expect(first?.answer).toBe('![ax](media:ab12.png)');
    expect(second?.question).toBe('Missing picture diagram');
    expect(second?.prompt).toBeUndefined();
    expect(converted.media).toEqual([file]);
  });

  it('keeps suspended and buried cards as such, and files a card in a filtered deck under its home deck', () => {
    const pkg = makePackage([
      { guid: 's1', type: BASIC, fields: ['Q1', 'A1', ''], queue: -1 },
      { guid: 's2', type: BASIC, fields: ['Q2', 'A2', ''], queue: -3 },
    ]);
    pkg.collection.decks.push({ id: 20, name: 'Filtered Deck 1' });
    const [suspended, buried] = pkg.collection.cards;
    if (buried) Object.assign(buried, { deckId: 20, originalDeckId: 10 });
    const converted = convertAnkiPackage(pkg, 'status.apkg');
    expect(converted.decks.map((deck) => deck.deck.id)).toEqual(['anki-systems-networking']);
    expect(converted.extras.map((extra) => [extra.isSuspended, extra.isBuried])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(suspended?.queue).toBe(-1);
  });
});
