import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InstallButton } from '../../src/pwa/InstallButton';
import { listenForInstallPrompt } from '../../src/pwa/install-prompt';

function offerInstall(target: EventTarget) {
  const prompt = vi.fn(async () => undefined);
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt,
    userChoice: Promise.resolve({ outcome: 'accepted' as const }),
  });
  act(() => {
    target.dispatchEvent(event);
  });
  return prompt;
}

describe('InstallButton', () => {
  it('shows only while the browser offers installing, and opens its dialog', async () => {
    const user = userEvent.setup();
    const target = Object.assign(new EventTarget(), { matchMedia: () => ({ matches: false }) });
    render(<InstallButton prompt={listenForInstallPrompt(target)} />);
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();

    const prompt = offerInstall(target);
    await user.click(screen.getByRole('button', { name: 'Install app' }));
    expect(prompt).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();
  });

  it('disappears once the app is installed', () => {
    const target = Object.assign(new EventTarget(), { matchMedia: () => ({ matches: false }) });
    render(<InstallButton prompt={listenForInstallPrompt(target)} />);
    offerInstall(target);
    expect(screen.getByRole('button', { name: 'Install app' })).toBeInTheDocument();
    act(() => {
      target.dispatchEvent(new Event('appinstalled'));
    });
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();
  });
});
