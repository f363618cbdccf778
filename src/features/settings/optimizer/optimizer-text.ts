import { MIN_OPTIMIZER_REVIEWS } from '../../../domain/scheduler/optimizer-input';
import type { OptimizerPhase } from '../../../workers/clients/optimizer-client';

/** Why Optimize cannot run now, or null when it can. */
export function describeDisabledReason(
  reviewCount: number | undefined,
  isIsolated: boolean,
): string | null {
  if (!isIsolated) {
    return 'Optimize needs a cross-origin-isolated page (for SharedArrayBuffer), which this browser does not give Drillbook.';
  }
  if (reviewCount === undefined) return 'Counting your reviews…';
  if (reviewCount < MIN_OPTIMIZER_REVIEWS) {
    return `Optimize needs at least ${MIN_OPTIMIZER_REVIEWS} reviews; you have ${reviewCount}.`;
  }
  return null;
}

const phaseLabels: Record<OptimizerPhase, string> = {
  starting: 'Starting the optimizer',
  reading: 'Reading your reviews',
  training: 'Training',
  evaluating: 'Comparing the parameters',
  rescheduling: 'Rescheduling cards',
};

export function describePhase(phase: OptimizerPhase, fraction: number | null): string {
  const label = phaseLabels[phase];
  return fraction === null ? `${label}…` : `${label}: ${Math.round(fraction * 100)}%`;
}

export function formatLogLoss(value: number): string {
  return Number.isFinite(value) ? value.toFixed(4) : '—';
}

/** As Anki shows RMSE (bins): a percentage. */
export function formatRmse(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(2)}%` : '—';
}

export function formatWeights(weights: readonly number[]): string {
  return weights.map((weight) => weight.toFixed(4)).join(', ');
}
