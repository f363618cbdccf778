import { useExternalValue } from './external-value';
import type { InstallPrompt } from './install-prompt';
import { getInstallPrompt } from './install-service';

type Props = { prompt?: InstallPrompt };

/** Offered only while the browser allows installing; gone once the app is installed. */
export function InstallButton({ prompt = getInstallPrompt() }: Props) {
  const { canInstall, isInstalled } = useExternalValue(prompt.state);
  if (!canInstall || isInstalled) return null;
  return (
    <button type="button" className="install-button" onClick={() => void prompt.install()}>
      Install app
    </button>
  );
}
