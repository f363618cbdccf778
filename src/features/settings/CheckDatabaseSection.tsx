import { useId, useState } from 'react';
import { describeStorageError } from '../../data/services/errors';
import { send } from '../../data/surface';

/** Check database, as Anki has it: finds what contradicts itself and repairs it, saying what it did. */
export function CheckDatabaseSection() {
  const headingId = useId();
  const [messages, setMessages] = useState<string[]>([]);
  const [isChecking, setChecking] = useState(false);

  const check = async () => {
    setChecking(true);
    setMessages(['Checking the database…']);
    try {
      setMessages((await send('checkDatabase')).report);
    } catch (error) {
      setMessages([describeStorageError(error)]);
    } finally {
      setChecking(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Database</h2>
      <p className="meta">
        Finds reviews and schedules of missing cards, cards without a deck, and schedules that do
        not match their review history, and repairs them.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void check()} disabled={isChecking}>
          Check database
        </button>
      </div>
      <div role="status" className="import-report">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </section>
  );
}
