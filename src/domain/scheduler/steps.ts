// Anki-style (re)learning steps such as `1m 10m 1h 2d`, checked for the settings screen.

const minutesPerUnit = { s: 1 / 60, m: 1, h: 60, d: 1440 } as const;

type StepUnitLetter = keyof typeof minutesPerUnit;

/** The longest step accepted: a step this long already graduates the card. */
const maxStepMinutes = 365 * 1440;

const stepPattern = /^(\d+(?:\.\d+)?)([smhd])$/;

export type ParsedSteps = { steps: string[] } | { error: string };

/**
 * Parses whitespace- or comma-separated steps. Every step is returned in a unit ts-fsrs reads
 * (m, h or d, whole numbers), because ts-fsrs schedules in whole minutes and truncates decimals.
 */
export function parseSteps(text: string): ParsedSteps {
  const tokens = text
    .trim()
    .split(/[\s,]+/)
    .filter((token) => token !== '');
  const steps: string[] = [];
  for (const token of tokens) {
    const step = normaliseStep(token);
    if ('error' in step) return step;
    steps.push(step.step);
  }
  return { steps };
}

/** The length of a step in minutes, for steps produced by parseSteps. */
export function convertStepToMinutes(step: string): number {
  const match = stepPattern.exec(step.trim().toLowerCase());
  if (match === null) throw new Error(`Invalid step "${step}"`);
  return Number(match[1]) * minutesPerUnit[readUnit(match[2])];
}

function normaliseStep(token: string): { step: string } | { error: string } {
  const match = stepPattern.exec(token.toLowerCase());
  if (match === null) {
    return { error: `"${token}" is not a step: use a number and a unit, like 1m, 10m, 1h or 2d.` };
  }
  const value = Number(match[1]);
  const unit = readUnit(match[2]);
  const minutes = value * minutesPerUnit[unit];
  if (value <= 0) return { error: `"${token}": a step must be longer than zero.` };
  if (minutes > maxStepMinutes) return { error: `"${token}": a step can be at most 365 days.` };
  if (unit !== 's' && Number.isInteger(value)) return { step: `${value}${unit}` };
  if (Number.isInteger(minutes)) return { step: `${minutes}m` };
  return { error: `"${token}": steps are scheduled in whole minutes.` };
}

function readUnit(letter: string | undefined): StepUnitLetter {
  switch (letter) {
    case 's':
    case 'm':
    case 'h':
    case 'd':
      return letter;
    default:
      throw new Error(`Unknown step unit "${letter}"`);
  }
}
