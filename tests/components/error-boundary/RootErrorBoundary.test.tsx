import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RootErrorBoundary } from '../../../src/components/error-boundary/RootErrorBoundary';

function BrokenLayout(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'title')");
}

afterEach(() => {
  vi.mocked(console.error).mockRestore();
});

describe('RootErrorBoundary', () => {
  it('replaces a broken app with what failed and a way out, never a blank page', () => {
    // React reports the caught error on the console; the test is about what the user sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <RootErrorBoundary>
        <BrokenLayout />
      </RootErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Drillbook hit a problem' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      "Cannot read properties of undefined (reading 'title')",
    );
    expect(screen.getByRole('link', { name: 'Back to Decks' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});
