import { useId } from 'react';
import type { SchedulerSettings } from '../../domain/scheduler/types';
import {
  describeDayStart,
  describeFuzz,
  describeRetention,
  describeSteps,
  formatHour,
} from '../../domain/settings/describe-settings';
import {
  retentionRange,
  validateRetention,
  validateSteps,
} from '../../domain/settings/field-check';
import { SettingField } from './SettingField';
import { saveSchedulerChanges } from './save-settings';
import { useOptimisticValue } from './use-optimistic-value';
import { useWorkloadEstimate } from './use-workload';

const hours = Array.from({ length: 24 }, (_, hour) => hour);

/** How the scheduler spaces cards: retention, (re)learning steps, day start, fuzz. */
export function SchedulingSection({ settings }: { settings: SchedulerSettings }) {
  const headingId = useId();
  const estimate = useWorkloadEstimate(settings);

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Scheduling</h2>
      <SettingField
        label="Desired retention"
        stored={String(settings.desiredRetention)}
        validate={validateRetention}
        save={(desiredRetention) => saveSchedulerChanges({ desiredRetention })}
        explain={(retention) => describeRetention(retention, estimate?.(retention))}
        input={{
          type: 'number',
          min: retentionRange.min,
          max: retentionRange.max,
          step: 0.01,
          inputMode: 'decimal',
        }}
      />
      <SettingField
        label="Learning steps"
        stored={settings.learningSteps.join(' ')}
        validate={validateSteps}
        save={(learningSteps) => saveSchedulerChanges({ learningSteps })}
        explain={(steps) => describeSteps(steps, 'learning')}
      />
      <SettingField
        label="Relearning steps"
        stored={settings.relearningSteps.join(' ')}
        validate={validateSteps}
        save={(relearningSteps) => saveSchedulerChanges({ relearningSteps })}
        explain={(steps) => describeSteps(steps, 'relearning')}
      />
      <DayStartField hour={settings.dayStartHour} />
      <FuzzField isEnabled={settings.isFuzzEnabled} />
    </section>
  );
}

function DayStartField({ hour: storedHour }: { hour: number }) {
  const selectId = useId();
  const effectId = useId();
  const [hour, showHour] = useOptimisticValue(storedHour);
  return (
    <div className="setting-field">
      <label htmlFor={selectId}>Day starts at</label>
      <select
        id={selectId}
        value={hour}
        aria-describedby={effectId}
        onChange={(event) => {
          const dayStartHour = Number(event.currentTarget.value);
          showHour(dayStartHour);
          void saveSchedulerChanges({ dayStartHour });
        }}
      >
        {hours.map((option) => (
          <option key={option} value={option}>
            {formatHour(option)}
          </option>
        ))}
      </select>
      <p id={effectId} className="setting-effect">
        {describeDayStart(hour)}
      </p>
    </div>
  );
}

function FuzzField({ isEnabled: storedIsEnabled }: { isEnabled: boolean }) {
  const inputId = useId();
  const effectId = useId();
  const [isEnabled, showEnabled] = useOptimisticValue(storedIsEnabled);
  return (
    <div className="setting-field">
      <div className="setting-check">
        <input
          id={inputId}
          type="checkbox"
          checked={isEnabled}
          aria-describedby={effectId}
          onChange={(event) => {
            const isFuzzEnabled = event.currentTarget.checked;
            showEnabled(isFuzzEnabled);
            void saveSchedulerChanges({ isFuzzEnabled });
          }}
        />
        <label htmlFor={inputId}>Interval fuzz</label>
      </div>
      <p id={effectId} className="setting-effect">
        {describeFuzz(isEnabled)}
      </p>
    </div>
  );
}
