import { useEffect, useState } from 'react';
import {
  type BrowseForm,
  browseStates,
  dueWindows,
  sortKeys,
} from '../../domain/browse/browse-params';
import { defaultSortDirections, type SortDirection } from '../../domain/browse/browse-types';
import { directionLabels, dueLabels, sortLabels, stateLabels } from './browse-labels';
import type { UpdateBrowseForm } from './use-browse-form';
import type { BrowseOptions } from './use-browse-options';

type Props = { form: BrowseForm; options: BrowseOptions | undefined; onChange: UpdateBrowseForm };

const directions: readonly SortDirection[] = ['asc', 'desc'];

/** Deck, tag, state, due and retrievability filters, and the sort. */
export function BrowseFilters({ form, options, onChange }: Props) {
  const pickState = (value: string) =>
    onChange({ state: browseStates.find((state) => state === value) ?? null });
  const pickDue = (value: string) =>
    onChange({ due: dueWindows.find((due) => due === value) ?? null });
  const pickSort = (value: string) => {
    const key = sortKeys.find((k) => k === value) ?? 'relevance';
    onChange({ sort: { key, direction: defaultSortDirections[key] } });
  };
  const pickDirection = (value: string) =>
    onChange({ sort: { ...form.sort, direction: value === 'asc' ? 'asc' : 'desc' } });

  return (
    <fieldset className="browse-filters">
      <legend>Filter and sort</legend>
      <label>
        Deck
        <select
          value={form.deckId ?? ''}
          onChange={(e) => onChange({ deckId: e.target.value || null })}
        >
          <option value="">All decks</option>
          {options?.decks.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deck.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select value={form.tag ?? ''} onChange={(e) => onChange({ tag: e.target.value || null })}>
          <option value="">Any tag</option>
          {options?.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        State
        <select value={form.state ?? ''} onChange={(e) => pickState(e.target.value)}>
          <option value="">Any state</option>
          {browseStates.map((state) => (
            <option key={state} value={state}>
              {stateLabels[state]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Due
        <select value={form.due ?? ''} onChange={(e) => pickDue(e.target.value)}>
          <option value="">Any time</option>
          {dueWindows.map((due) => (
            <option key={due} value={due}>
              {dueLabels[due]}
            </option>
          ))}
        </select>
      </label>
      <RetrievabilityInput
        percent={form.retrievabilityBelowPercent}
        onChange={(percent) => onChange({ retrievabilityBelowPercent: percent })}
      />
      <label>
        Sort by
        <select value={form.sort.key} onChange={(e) => pickSort(e.target.value)}>
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {sortLabels[key]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Order
        <select value={form.sort.direction} onChange={(e) => pickDirection(e.target.value)}>
          {directions.map((direction) => (
            <option key={direction} value={direction}>
              {directionLabels[direction]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

type RetrievabilityProps = { percent: number | null; onChange: (percent: number | null) => void };

/** A whole percent from 1 to 100, or empty for any; half-typed values wait until they are valid. */
function RetrievabilityInput({ percent, onChange }: RetrievabilityProps) {
  const [text, setText] = useState(percent === null ? '' : String(percent));
  useEffect(() => {
    setText((current) =>
      Number(current) === percent ? current : percent === null ? '' : String(percent),
    );
  }, [percent]);
  const change = (next: string) => {
    setText(next);
    const value = Number(next);
    if (next.trim() === '') onChange(null);
    else if (Number.isInteger(value) && value >= 1 && value <= 100) onChange(value);
  };
  return (
    <label>
      Retrievability below (%)
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        step={1}
        value={text}
        onChange={(e) => change(e.target.value)}
      />
    </label>
  );
}
