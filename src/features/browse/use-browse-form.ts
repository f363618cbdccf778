import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'wouter';
import {
  type BrowseForm,
  parseBrowseParams,
  toBrowseParams,
} from '../../domain/browse/browse-params';
import { rememberBrowseSearch } from './card-links';

export type UpdateBrowseForm = (patch: Partial<BrowseForm>) => void;

/**
 * The browse form, kept in the address. Every change but a page turn starts again at page 1;
 * changes replace the history entry, so Back leaves Browse rather than undoing each keystroke.
 * A change that arrives once the user has left Browse (a search sent a moment after a nav link
 * was clicked, while the next screen loads) is dropped: it must never take the user back.
 */
export function useBrowseForm(): [BrowseForm, UpdateBrowseForm] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const form = useMemo(() => parseBrowseParams(new URLSearchParams(search)), [search]);
  // The page's own path when Browse opened: the address as it is now, not as last rendered.
  const [openedAt] = useState(() => window.location.pathname);

  useEffect(() => rememberBrowseSearch(search), [search]);

  const update: UpdateBrowseForm = (patch) => {
    if (window.location.pathname !== openedAt) return;
    setParams(
      (previous) => toBrowseParams({ ...parseBrowseParams(previous), pageIndex: 0, ...patch }),
      { replace: true },
    );
  };
  return [form, update];
}
