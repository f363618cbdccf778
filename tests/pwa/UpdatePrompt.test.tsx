import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../src/pwa/UpdatePrompt';
import { createUpdateController } from '../../src/pwa/update-controller';
import { renderAt } from '../support/render-at';

function setUp() {
  const reload = vi.fn();
  const activateWaiting = vi.fn(async () => undefined);
  let events: RegisterSWOptions = {};
  const controller = createUpdateController({
    reload,
    hasController: () => true,
    watchControllerChange: () => undefined,
    schedule: () => undefined,
  });
  controller.start((options) => {
    events = options;
    return activateWaiting;
  });
  renderAt('/review', <UpdatePrompt controller={controller} />);
  return { reload, activateWaiting, newVersionWaits: () => act(() => events.onNeedRefresh?.()) };
}

describe('UpdatePrompt', () => {
  it('appears when a new version waits, and starts it only when the user clicks Reload', async () => {
    const user = userEvent.setup();
    const { activateWaiting, newVersionWaits } = setUp();
    expect(screen.queryByText('Update available.')).toBeNull();

    newVersionWaits();
    expect(await screen.findByText('Update available.')).toBeInTheDocument();
    expect(activateWaiting).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(activateWaiting).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeDisabled();
  });

  it('goes away with Later, without starting the new version', async () => {
    const user = userEvent.setup();
    const { activateWaiting, reload, newVersionWaits } = setUp();
    newVersionWaits();
    await user.click(await screen.findByRole('button', { name: 'Later' }));
    expect(screen.queryByText('Update available.')).toBeNull();
    expect(activateWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });
});
