import { type InputHTMLAttributes, useId } from 'react';
import type { FieldCheck } from '../../domain/settings/field-check';
import { useSettingDraft } from './use-setting-draft';

type InputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'min' | 'max' | 'step' | 'inputMode' | 'placeholder'
>;

export type SettingFieldProps<T> = {
  label: string;
  /** The stored value as the field shows it. */
  stored: string;
  validate: (text: string) => FieldCheck<T>;
  save: (value: T) => Promise<void>;
  /** What the value does, in plain words. */
  explain: (value: T) => string;
  input?: InputProps;
};

/**
 * One setting: its label, its input, what the value does and, when the input cannot be saved,
 * why, next to the field (aria-invalid, aria-describedby).
 */
export function SettingField<T>({
  label,
  stored,
  validate,
  save,
  explain,
  input,
}: SettingFieldProps<T>) {
  const inputId = useId();
  const effectId = useId();
  const errorId = useId();
  const draft = useSettingDraft(stored, validate, save);
  const storedCheck = validate(stored);
  const shown = draft.check.isValid ? draft.check : storedCheck;
  const problem = draft.check.isValid ? draft.saveError : draft.check.message;

  return (
    <div className="setting-field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        spellCheck={false}
        autoComplete="off"
        {...input}
        value={draft.text}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? effectId : `${errorId} ${effectId}`}
        onChange={(event) => draft.change(event.currentTarget.value)}
        onBlur={draft.finishEditing}
      />
      <p id={errorId} className="setting-error" aria-live="polite">
        {problem}
      </p>
      <p id={effectId} className="setting-effect">
        {shown.isValid ? explain(shown.value) : null}
      </p>
    </div>
  );
}
