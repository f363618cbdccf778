import { createServer, type ServerResponse } from 'node:http';

/** A bank big enough to arrive in two pieces, so the download's progress can be seen between them. */
export const SLOW_BANK = [
  '---',
  'deck: Slow bank',
  'id: slow-bank',
  '---',
  '',
  ...Array.from({ length: 30 }, (_, i) => [
    `## Question ${i + 1}: What does step ${i + 1} of the handshake do?`,
    '',
    '### Interview-Specific Answer',
    '',
    `Step ${i + 1} moves the connection one state further; ${'the peers agree on it. '.repeat(4)}`,
    '',
  ]).flat(),
].join('\n');

/** Bytes sent before the server waits for `release()`. */
export const FIRST_PIECE_BYTES = 2048;

export type BankServer = { origin: string; release: () => void; close: () => Promise<void> };

const withCors = { 'Access-Control-Allow-Origin': '*' };
const asText = { 'Content-Type': 'text/plain; charset=utf-8' };

/**
 * A public host of banks on another origin than the app: a bank that arrives in two pieces, a
 * bank, a 404, a web page, and a bank served without CORS headers.
 */
export async function startBankServer(bank: string): Promise<BankServer> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/banks/slow.md': (res) => {
      const body = Buffer.from(SLOW_BANK, 'utf8');
      res.writeHead(200, { ...withCors, ...asText, 'Content-Length': body.length });
      res.write(body.subarray(0, FIRST_PIECE_BYTES));
      void released.then(() => res.end(body.subarray(FIRST_PIECE_BYTES)));
    },
    '/banks/networking.md': (res) => {
      res.writeHead(200, { ...withCors, ...asText });
      res.end(bank);
    },
    '/banks/missing.md': (res) => {
      res.writeHead(404, { ...withCors, ...asText });
      res.end('Not Found');
    },
    '/banks/page.md': (res) => {
      res.writeHead(200, { ...withCors, 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><body><h1>networking.md</h1></body></html>');
    },
    '/banks/no-cors.md': (res) => {
      res.writeHead(200, asText);
      res.end(bank);
    },
  };
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (route) return route(res);
    res.writeHead(404, withCors);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('no port for the bank server');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    release: () => release(),
    close: () =>
      new Promise<void>((resolve) => {
        release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
