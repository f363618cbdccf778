import { useId } from 'react';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import {
  describeNewCardsLimit,
  describeReviewLimit,
} from '../../domain/settings/describe-settings';
import { maxDailyLimit, validateLimit } from '../../domain/settings/field-check';
import { SettingField } from './SettingField';
import { saveSchedulerChanges } from './save-settings';

const limitInput = {
  type: 'number',
  min: 0,
  max: maxDailyLimit,
  step: 1,
  inputMode: 'numeric',
} as const;

/** The global daily limits, over all decks together. */
export function DailyLimitsSection({ settings }: { settings: SchedulerSettings }) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Daily limits</h2>
      <p className="meta">For all decks together. Learning steps are never capped.</p>
      <SettingField
        label="New cards per day"
        stored={String(settings.newCardsPerDay)}
        validate={validateLimit}
        save={(newCardsPerDay) => saveSchedulerChanges({ newCardsPerDay })}
        explain={describeNewCardsLimit}
        input={limitInput}
      />
      <SettingField
        label="Maximum reviews per day"
        stored={String(settings.maxReviewsPerDay)}
        validate={validateLimit}
        save={(maxReviewsPerDay) => saveSchedulerChanges({ maxReviewsPerDay })}
        explain={describeReviewLimit}
        input={limitInput}
      />
    </section>
  );
}
