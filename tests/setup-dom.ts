import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Live queries settle asynchronously; on a busy 2-core machine that can take more than a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
