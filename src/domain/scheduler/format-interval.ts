const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** Anki-like short labels for the rating buttons: `<1m`, `10m`, `1.5h`, `3d`, `1.2mo`, `1.5y`. */
export function formatInterval(ms: number): string {
  if (ms < minuteMs) return '<1m';
  const minutes = ms / minuteMs;
  if (Math.round(minutes) < 60) return `${Math.round(minutes)}m`;
  const hours = ms / hourMs;
  if (roundToTenth(hours) < 24) return `${formatTenths(hours)}h`;
  const days = ms / dayMs;
  if (Math.round(days) < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${formatTenths(days / 30)}mo`;
  return `${formatTenths(days / 365)}y`;
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function formatTenths(value: number): string {
  return String(roundToTenth(value));
}
