import { type FormEvent, useEffect, useId, useRef, useState } from 'react';

type Props = { text: string; onCommit: (text: string) => void };

// Long enough to let a word be typed in one go, short enough to feel like search as you type.
const debounceMs = 150;

/** The `Search cards` box: searches as the user types, a moment after the last key. */
export function BrowseSearchBox({ text, onCommit }: Props) {
  const id = useId();
  const [value, setValue] = useState(text);
  const committed = useRef(text);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Text set from elsewhere (the Browse link, Back) replaces what is in the box.
  useEffect(() => {
    if (text !== committed.current) {
      committed.current = text;
      setValue(text);
    }
  }, [text]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (next: string) => {
    clearTimeout(timer.current);
    committed.current = next;
    onCommit(next);
  };
  const change = (next: string) => {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), debounceMs);
  };
  // Leaving the box (a tap on a link moves the focus first) sends what is typed at once, so
  // the address records the search before the user goes elsewhere, for Back to find.
  const flush = () => {
    if (value !== committed.current) commit(value);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit(value);
  };

  return (
    <search className="browse-search">
      <form onSubmit={submit}>
        <label htmlFor={id}>Search cards</label>
        <input
          id={id}
          type="search"
          value={value}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => change(event.target.value)}
          onBlur={flush}
        />
      </form>
    </search>
  );
}
