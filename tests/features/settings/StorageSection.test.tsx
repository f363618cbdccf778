import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StorageSection } from '../../../src/features/settings/StorageSection';

function fakeStorage(initial: boolean, grants: boolean) {
  let isPersisted = initial;
  return {
    persisted: async () => isPersisted,
    persist: async () => {
      isPersisted = grants;
      return grants;
    },
  };
}

describe('StorageSection', () => {
  it('says when persistent storage is granted', async () => {
    render(<StorageSection storage={fakeStorage(true, true)} />);
    expect(await screen.findByText(/Persistent storage granted/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask to keep my data' })).toBeNull();
  });

  it('says when it is not granted, and asks for it on request', async () => {
    render(<StorageSection storage={fakeStorage(false, true)} />);
    expect(await screen.findByText(/Persistent storage not granted/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ask to keep my data' }));
    expect(await screen.findByText(/Persistent storage granted/)).toBeInTheDocument();
  });

  it('says so when the browser cannot tell', async () => {
    render(<StorageSection storage={{}} />);
    expect(await screen.findByText(/does not say whether your data is kept/)).toBeInTheDocument();
  });
});
