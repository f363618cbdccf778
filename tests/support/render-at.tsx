import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

/** Renders UI under a router that starts at `url` and keeps navigation in memory. */
export function renderAt(url: string, ui: ReactNode) {
  const [path = '/', search = ''] = url.split('?');
  const location = memoryLocation({ path, searchPath: search });
  return render(
    <Router hook={location.hook} searchHook={location.searchHook}>
      {ui}
    </Router>,
  );
}
