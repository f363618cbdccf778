import { useId } from 'react';
import { chooseTheme, useStoredTheme } from '../../data/services/use-theme';
import { describeTheme } from '../../domain/settings/describe-settings';
import { type Theme, themes } from '../../domain/settings/theme';
import { useOptimisticValue } from './use-optimistic-value';

const themeLabels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The colour theme: follow the device, or always light or dark. Applies at once. */
export function AppearanceSection() {
  const headingId = useId();
  const effectId = useId();
  const [theme, showTheme] = useOptimisticValue(useStoredTheme());

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Appearance</h2>
      <fieldset className="theme-choice" aria-describedby={effectId}>
        <legend>Theme</legend>
        {themes.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="theme"
              value={option}
              checked={theme === option}
              onChange={() => {
                showTheme(option);
                void chooseTheme(option);
              }}
            />
            {themeLabels[option]}
          </label>
        ))}
      </fieldset>
      <p id={effectId} className="setting-effect">
        {theme === undefined ? null : describeTheme(theme)}
      </p>
    </section>
  );
}
