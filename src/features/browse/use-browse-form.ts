import { useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'wouter';
import {
  type BrowseForm,
  parseBrowseParams,
  toBrowseParams,
} from '../../domain/browse/browse-params';
import { rememberBrowseSearch } from './card-links';

export type UpdateBrowseForm = (patch: Partial<BrowseForm>) => void;

const browsePath = '/browse';

/**
 * The browse form, kept in the address. Every change but a page turn starts again at page 1;
 * changes replace the history entry, so Back leaves Browse rather than undoing each keystroke.
 * A change that arrives once the user has left Browse (a search sent a moment after a nav link
 * was clicked) is dropped: it must never take the user back.
 */
export function useBrowseForm(): [BrowseForm, UpdateBrowseForm] {
  const [params] = useSearchParams();
  const [, navigate] = useLocation();
  const search = params.toString();
  const form = useMemo(() => parseBrowseParams(new URLSearchParams(search)), [search]);

  useEffect(() => rememberBrowseSearch(search), [search]);

  const update: UpdateBrowseForm = (patch) => {
    // The address as it is now, not as it was at the last render.
    if (window.location.pathname !== browsePath) return;
    const previous = new URLSearchParams(window.location.search);
    const next = new URLSearchParams(
      toBrowseParams({ ...parseBrowseParams(previous), pageIndex: 0, ...patch }),
    ).toString();
    navigate(next ? `${browsePath}?${next}` : browsePath, { replace: true });
  };
  return [form, update];
}
