import { useEffect, useRef, useState } from 'react';
import { describeStorageError } from '../../data/services/errors';
import type { FieldCheck } from '../../domain/settings/field-check';

/** Typing pauses this long before a valid value is saved, so `2.5` never saves its `2`. */
export const saveDelayMs = 400;

export type SettingDraft<T> = {
  /** What the field shows: the user's text once edited, else the stored value. */
  text: string;
  check: FieldCheck<T>;
  /** Why the last save failed, if it did. */
  saveError: string | null;
  change: (text: string) => void;
  finishEditing: () => void;
};

type Pending<T> = { value: T; timer: ReturnType<typeof setTimeout> };

/**
 * A setting's field as typed: a valid value is saved once typing pauses (or the field is left,
 * or the screen closes); an invalid one stays in the field with its message and is never saved.
 * The typed text stays as typed (`1m, 10m` is not rewritten to `1m 10m` under the cursor) until
 * the stored value changes to something else, from another tab or a restored backup.
 */
export function useSettingDraft<T>(
  stored: string,
  validate: (text: string) => FieldCheck<T>,
  save: (value: T) => Promise<void>,
): SettingDraft<T> {
  const [draft, setDraft] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const pending = useRef<Pending<T> | null>(null);
  const isEditing = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  const text = draft ?? stored;
  const check = validate(text);

  const flush = () => {
    const waiting = pending.current;
    if (waiting === null) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    saveRef.current(waiting.value).then(
      () => setSaveError(null),
      (error: unknown) => setSaveError(describeStorageError(error)),
    );
  };

  // Closing the screen mid-pause still saves what was typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: flush reads refs only
  useEffect(() => flush, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the stored value changes
  useEffect(() => {
    if (draft === null || isEditing.current || pending.current !== null) return;
    if (!isSameValue(validate(draft), validate(stored))) setDraft(null);
  }, [stored]);

  const change = (next: string) => {
    isEditing.current = true;
    setDraft(next);
    if (pending.current !== null) clearTimeout(pending.current.timer);
    pending.current = null;
    const nextCheck = validate(next);
    if (!nextCheck.isValid) return;
    pending.current = { value: nextCheck.value, timer: setTimeout(flush, saveDelayMs) };
  };

  const finishEditing = () => {
    isEditing.current = false;
    flush();
  };

  return { text, check, saveError, change, finishEditing };
}

function isSameValue<T>(a: FieldCheck<T>, b: FieldCheck<T>): boolean {
  return a.isValid && b.isValid && JSON.stringify(a.value) === JSON.stringify(b.value);
}
