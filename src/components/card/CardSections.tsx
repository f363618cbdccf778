import { type ReactNode, useState } from 'react';
import type { CardSection } from '../../domain/card-types';
import { LazyCardMarkdown } from '../markdown/LazyCardMarkdown';
import { PlainText } from '../markdown/PlainText';

// Past these, sections are rendered when opened rather than with the answer, and the ones past
// the last shown are gathered as plain text: a card with thousands of sub-headings would
// otherwise render and unmount all of them in the task that reveals or rates it.
const maxEagerSections = 20;
const maxEagerChars = 12_000;
const maxShownSections = 50;

function isSmall(sections: readonly CardSection[]): boolean {
  if (sections.length > maxEagerSections) return false;
  return sections.reduce((sum, s) => sum + s.markdown.length, 0) <= maxEagerChars;
}

/** A `<details>` whose content is rendered the first time it is opened. */
function OnOpenDetails({ summary, render }: { summary: string; render: () => ReactNode }) {
  const [isOpened, setOpened] = useState(false);
  return (
    <details
      className="section"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {isOpened && render()}
    </details>
  );
}

function toPlainSections(sections: readonly CardSection[]): string {
  return sections.map((s) => `${s.title}\n\n${s.markdown}`).join('\n\n');
}

/** Concepts, Examples and the card's other sections, each one click away. */
export function CardSections({ sections }: { sections: readonly CardSection[] }) {
  if (isSmall(sections)) {
    return sections.map((section, index) => (
      // Titles can repeat within a card; their order never changes while it is shown.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      <details className="section" key={`${index}-${section.title}`}>
        <summary>{section.title}</summary>
        <LazyCardMarkdown markdown={section.markdown} />
      </details>
    ));
  }
  const shown = sections.slice(0, maxShownSections);
  const rest = sections.slice(maxShownSections);
  return (
    <>
      {shown.map((section, index) => (
        <OnOpenDetails
          // biome-ignore lint/suspicious/noArrayIndexKey: as above, the order is fixed
          key={`${index}-${section.title}`}
          summary={section.title}
          render={() => <LazyCardMarkdown markdown={section.markdown} />}
        />
      ))}
      {rest.length > 0 && (
        <OnOpenDetails
          summary={`${rest.length.toLocaleString('en')} more sections, as plain text`}
          render={() => <PlainText text={toPlainSections(rest)} />}
        />
      )}
    </>
  );
}
