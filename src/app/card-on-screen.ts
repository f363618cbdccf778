import { readCardIdParam } from '../components/routes';

const cardPagePath = /^\/cards\/([^/]+)$/;

/** The card a card page shows, read from its path; null on every other screen. */
export function readCardOnScreen(location: string): string | null {
  const param = cardPagePath.exec(location)?.[1];
  return param === undefined ? null : readCardIdParam(param);
}
