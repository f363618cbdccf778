import { readClock } from '../../data/services/clock';
import { useSchedulerSettings } from '../../data/services/use-scheduler-settings';
import { BrowseFilters } from './BrowseFilters';
import { BrowsePager } from './BrowsePager';
import { BrowseResults } from './BrowseResults';
import { BrowseSearchBox } from './BrowseSearchBox';
import { formatCount } from './browse-labels';
import { describeBrowseStatus } from './browse-status';
import { useBrowseForm } from './use-browse-form';
import { useBrowseOptions } from './use-browse-options';
import { pageSize, useBrowseResults } from './use-browse-results';
import { useCramResult } from './use-cram-result';
import './browse.css';

/** Every card: full-text search, filters, sorting, pages of 50, and cram on the result. */
export function BrowseScreen() {
  const [form, update] = useBrowseForm();
  const settings = useSchedulerSettings();
  const options = useBrowseOptions();
  const { page, status, error, query } = useBrowseResults(form, settings);
  const { startCram, isStarting } = useCramResult(query);
  const total = page?.total ?? 0;

  return (
    <>
      <h1>Browse</h1>
      <BrowseSearchBox text={form.text} onCommit={(text) => update({ text })} />
      <BrowseFilters form={form} options={options} onChange={update} />
      <div className="browse-summary">
        <p role="status">{describeBrowseStatus(page, status, error)}</p>
        <button type="button" disabled={total === 0 || isStarting} onClick={() => void startCram()}>
          Cram {total === 0 ? 'these cards' : formatCount(total, 'card', 'cards')}
        </button>
      </div>
      {page && (
        <>
          <BrowseResults
            hits={page.hits}
            firstNumber={page.pageIndex * pageSize + 1}
            now={query?.now ?? readClock()}
          />
          <BrowsePager
            pageIndex={page.pageIndex}
            pageCount={page.pageCount}
            onGo={(pageIndex) => update({ pageIndex })}
          />
        </>
      )}
    </>
  );
}
