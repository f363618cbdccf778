import { expect, test } from './fixtures';
import { markdownFile, openImport, readRows } from './import-helpers';

type Question = { number: number; title: string; answer: string };

const DNS_ANSWER =
  'DNS resolves a human readable domain name to the IP address of a server, asking resolvers, root, TLD and authoritative servers in turn and caching each answer.';

function bank(questions: Question[]): string {
  const body = questions.map(
    (q) => `## Question ${q.number}: ${q.title}\n\n### Interview-Specific Answer\n\n${q.answer}\n`,
  );
  return `---\ndeck: Network basics\nid: network-basics\n---\n\n${body.join('\n')}`;
}

const ORIGINAL: Question[] = [
  { number: 1, title: 'What is DNS?', answer: DNS_ANSWER },
  {
    number: 2,
    title: 'What is TCP?',
    answer: 'A reliable, ordered byte stream with handshakes and retransmission.',
  },
  {
    number: 3,
    title: 'What is UDP?',
    answer: 'Datagrams without delivery guarantees, cheap and fast for games and video.',
  },
  {
    number: 4,
    title: 'What is TLS?',
    answer: 'Encryption and server authentication on top of TCP, with certificates.',
  },
];

// The reviewed question is reworded (same answer), one is removed and one is added; the
// others keep their numbers, so they are unchanged.
const EDITED: Question[] = [
  { number: 1, title: 'How does DNS resolution work?', answer: DNS_ANSWER },
  ORIGINAL[1] as Question,
  ORIGINAL[3] as Question,
  {
    number: 5,
    title: 'What is QUIC?',
    answer: 'A transport over UDP with built-in TLS and streams, used by HTTP/3.',
  },
];

test('re-importing an edited deck shows the summary and keeps the reviewed card’s schedule and history', async ({
  page,
  appUrl,
}) => {
  await openImport(page, appUrl);
  await page.getByLabel('Import deck').setInputFiles(markdownFile('network.md', bank(ORIGINAL)));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 4 cards into Network basics: 4 added',
  );

  await page.goto(`${appUrl}/review?deck=network-basics`);
  const question = page.getByRole('region', { name: 'Question' });
  await expect(question).toContainText('What is DNS?');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(question).toContainText('What is TCP?');
  const [scheduleBefore] = await readRows(page, 'schedule', null, 'network-basics/what-is-dns');
  expect(scheduleBefore).toMatchObject({ reps: 1, cardId: 'network-basics/what-is-dns' });

  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('Import deck').setInputFiles(markdownFile('network.md', bank(EDITED)));
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Imported 4 cards into Network basics: 1 added, 0 updated, 1 renamed, 2 unchanged, 1 removed.',
  );

  const renamedId = 'network-basics/how-does-dns-resolution-work';
  const [scheduleAfter] = await readRows(page, 'schedule', null, renamedId);
  expect(scheduleAfter).toEqual({ ...(scheduleBefore as object), cardId: renamedId });
  const history = await readRows(page, 'reviews', 'cardId', renamedId);
  expect(history).toHaveLength(1);
  expect(await readRows(page, 'reviews', 'cardId', 'network-basics/what-is-dns')).toEqual([]);
  const [removed] = await readRows(page, 'cards', null, 'network-basics/what-is-udp');
  expect(removed).toMatchObject({ status: 'removed' });

  // The reviewed card is not offered as new again; the added one is.
  await page.goto(`${appUrl}/review?deck=network-basics`);
  await expect(page.getByText(/left today:/)).toContainText('3 new');
});
