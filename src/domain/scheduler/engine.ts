import { type FSRS, fsrs, type StepUnit } from 'ts-fsrs';
import { convertStepToMinutes, parseSteps } from './steps';
import type { SchedulerSettings } from './types';

export type Engine = {
  fsrs: FSRS;
  /**
   * True when these settings provably give Again <= Hard <= Good <= Easy, so a rating can ask
   * ts-fsrs for one outcome; otherwise all four are computed and the order is enforced.
   */
  isOrderGuaranteed: boolean;
};

const engineBySettings = new WeakMap<SchedulerSettings, Engine>();
const engineByKey = new Map<string, Engine>();
const maxCachedKeys = 16;

/** One ts-fsrs instance per distinct settings: building it costs more than a rating. */
export function getEngine(settings: SchedulerSettings): Engine {
  const known = engineBySettings.get(settings);
  if (known !== undefined) return known;
  const key = describeSettings(settings);
  let engine = engineByKey.get(key);
  if (engine === undefined) {
    engine = createEngine(settings);
    if (engineByKey.size >= maxCachedKeys) engineByKey.clear();
    engineByKey.set(key, engine);
  }
  engineBySettings.set(settings, engine);
  return engine;
}

function describeSettings(settings: SchedulerSettings): string {
  return JSON.stringify([
    settings.desiredRetention,
    settings.maximumIntervalDays,
    settings.isFuzzEnabled,
    settings.learningSteps,
    settings.relearningSteps,
    settings.weights,
  ]);
}

function createEngine(settings: SchedulerSettings): Engine {
  const learningSteps = toStepUnits(settings.learningSteps);
  const relearningSteps = toStepUnits(settings.relearningSteps);
  const instance = fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: settings.isFuzzEnabled,
    enable_short_term: true,
    learning_steps: learningSteps,
    relearning_steps: relearningSteps,
    ...(settings.weights === null ? {} : { w: settings.weights }),
  });
  const isOrderGuaranteed =
    hasOrderedSteps(learningSteps) &&
    hasOrderedSteps(relearningSteps) &&
    hasOrderedInitialStabilities(instance.parameters.w);
  return { fsrs: instance, isOrderGuaranteed };
}

function toStepUnits(steps: readonly string[]): StepUnit[] {
  const parsed = parseSteps(steps.join(' '));
  if ('error' in parsed) throw new Error(`Invalid scheduler steps: ${parsed.error}`);
  return parsed.steps.map(toStepUnit);
}

function toStepUnit(step: string): StepUnit {
  const unit = step.slice(-1);
  const value = Number(step.slice(0, -1));
  if (unit === 'm' || unit === 'h' || unit === 'd') return `${value}${unit}`;
  throw new Error(`Invalid scheduler step "${step}"`);
}

/**
 * ts-fsrs gives Hard the mean of the first two steps (1.5x a single step) and Good the next step,
 * so ascending steps keep Again <= Hard <= Good; every step (and Hard) under a day keeps the
 * graduating ratings, which are at least a day away, above them.
 */
function hasOrderedSteps(steps: readonly StepUnit[]): boolean {
  const minutes = steps.map(convertStepToMinutes);
  const [first, second] = minutes;
  if (first === undefined) return true;
  const hard = second === undefined ? Math.round(first * 1.5) : Math.round((first + second) / 2);
  const isAscending = minutes.every((value, i) => i === 0 || value >= (minutes[i - 1] ?? 0));
  return isAscending && hard < 1440 && minutes.every((value) => value < 1440);
}

/** A new card graduating without steps gets stability w[rating - 1]. */
function hasOrderedInitialStabilities(w: readonly number[]): boolean {
  const [again = 0, hard = 0, good = 0, easy = 0] = w;
  return again <= hard && hard <= good && good <= easy;
}
