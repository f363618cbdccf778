import { useExternalValue } from './external-value';
import { updateController } from './service-worker';
import type { UpdateController } from './update-controller';

type Props = { controller?: UpdateController };

/** "Update available": the new version starts only when the user says so, never mid-review. */
export function UpdatePrompt({ controller = updateController }: Props) {
  const { isUpdateAvailable, isDismissed, isReloading } = useExternalValue(controller.state);
  if (!isUpdateAvailable || isDismissed) return null;
  return (
    <section className="pwa-notice" aria-label="Update">
      <p role="status">
        <strong>Update available.</strong> Reload to start the new version; your progress is saved.
      </p>
      <div className="pwa-notice-actions">
        <button
          type="button"
          className="primary"
          disabled={isReloading}
          onClick={() => void controller.accept()}
        >
          Reload
        </button>
        <button type="button" disabled={isReloading} onClick={controller.dismiss}>
          Later
        </button>
      </div>
    </section>
  );
}
