import { useEffect, useMemo } from 'react';
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
 */
export function useBrowseForm(): [BrowseForm, UpdateBrowseForm] {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const form = useMemo(() => parseBrowseParams(new URLSearchParams(search)), [search]);

  useEffect(() => rememberBrowseSearch(search), [search]);

  const update: UpdateBrowseForm = (patch) =>
    setParams(
      (previous) => toBrowseParams({ ...parseBrowseParams(previous), pageIndex: 0, ...patch }),
      { replace: true },
    );
  return [form, update];
}
