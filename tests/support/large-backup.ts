// A large, valid backup file as Export backup writes it: one imported deck of cards with long
// answers, every card reviewed once. Used by the end-to-end round trip and the restore bench.
import { type BackupFile, createBackupFile } from '../../src/domain/deck-import/backup-format';
import { createFieldProblems } from '../../src/domain/deck-import/field-reader';
import { readBackupData } from '../../src/domain/deck-import/parse-backup';
import { hashCardContent } from '../../src/domain/deck-sync/content-hash';
import { serializeBackup } from '../../src/storage/backup';
import { makeReviewRow, makeSchedule } from '../domain/deck-import/backup-sample';

export const LARGE_DECK_ID = 'large-backup';
const EXPORTED_AT = Date.UTC(2026, 10, 1, 9);
const DAY_MS = 86_400_000;
/** Long enough that the file, not the row count, is large: about what a detailed answer holds. */
const ANSWER_PARAGRAPH =
  'Under load the service batches pending work, applies back-pressure past its limit and reports queue length and batch latency, which keeps the tail latency bounded. ';

export type LargeBackup = { text: string; cards: number; reviews: number };

/** A backup of at least `targetBytes`, with `answerParagraphs` paragraphs per answer. */
export function generateLargeBackup(targetBytes: number, answerParagraphs = 12): LargeBackup {
  const perCard = ANSWER_PARAGRAPH.length * answerParagraphs + 2_000;
  const count = Math.ceil(targetBytes / perCard);
  const backup = buildBackup(count, answerParagraphs);
  let text = serializeBackup(backup);
  // The estimate per card is rough: add cards until the file is large enough.
  let extra = Math.ceil(count / 20);
  while (text.length < targetBytes) {
    text = serializeBackup(buildBackup(count + extra, answerParagraphs));
    extra *= 2;
  }
  const parsed: BackupFile = JSON.parse(text);
  return { text, cards: parsed.cards.length, reviews: parsed.reviews.length };
}

function buildBackup(count: number, answerParagraphs: number): BackupFile {
  const cards = Array.from({ length: count }, (_, i) => makeCard(i, answerParagraphs));
  return createBackupFile(
    // Through the app's own reader: rows in the order and with the fields Export writes.
    readBackupData(
      {
        decks: [
          {
            id: LARGE_DECK_ID,
            title: 'Large backup',
            description: 'Generated for the restore tests.',
            tags: ['generated'],
            source: 'import',
            fileName: `${LARGE_DECK_ID}.md`,
            importedAt: EXPORTED_AT - DAY_MS,
            contentHash: 'generated',
          },
        ],
        cards,
        schedule: cards.map((card) => makeSchedule(card.id, LARGE_DECK_ID)),
        reviews: cards.map((card, i) => ({
          ...makeReviewRow(`review-${String(i).padStart(7, '0')}`, card.id),
          deviceId: 'generated-device',
        })),
        settings: [{ key: 'desiredRetention', value: 0.9 }],
      },
      createFieldProblems(),
    ),
    EXPORTED_AT,
  );
}

function makeCard(i: number, answerParagraphs: number) {
  const number = i + 1;
  const card = {
    id: `${LARGE_DECK_ID}/question-${number}`,
    deckId: LARGE_DECK_ID,
    number,
    question: `How does mechanism ${number} behave under load?`,
    answer: `Mechanism ${number}. ${ANSWER_PARAGRAPH.repeat(answerParagraphs)}`,
    sections: [{ title: 'Concepts', markdown: `- Mechanism ${number} keeps a queue.` }],
    tags: ['generated'],
    source: { file: `${LARGE_DECK_ID}.md`, line: 1 + i * 10 },
  };
  return {
    ...card,
    position: i,
    contentHash: hashCardContent(card),
    status: 'active' as const,
    previousIds: [],
  };
}
