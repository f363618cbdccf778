import { type InstallPrompt, listenForInstallPrompt } from './install-prompt';

let installPrompt: InstallPrompt | null = null;

/** The page's install offer; the first call starts listening (start-up calls it early). */
export function getInstallPrompt(): InstallPrompt {
  installPrompt ??= listenForInstallPrompt(window);
  return installPrompt;
}
