import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useReviewKeys } from '../../src/components/card/use-review-keys';
import { type KeyBindings, useKeyBindings } from '../../src/components/use-key-bindings';

function Screen({ bindings }: { bindings: KeyBindings }) {
  useKeyBindings(bindings);
  return (
    <>
      <label>
        Your answer <input />
      </label>
      <button type="button">Next card</button>
    </>
  );
}

function setUp(names: string[]) {
  const pressed: string[] = [];
  const bindings = Object.fromEntries(names.map((name) => [name, () => pressed.push(name)]));
  render(<Screen bindings={bindings} />);
  return { user: userEvent.setup(), pressed };
}

describe('useKeyBindings', () => {
  it('runs the action bound to a key, by its lowercase name', async () => {
    const { user, pressed } = setUp([' ', 'enter', 'arrowright', 'n', '1']);
    await user.keyboard(' {Enter}{ArrowRight}N1');
    expect(pressed).toEqual([' ', 'enter', 'arrowright', 'n', '1']);
  });

  it('tells Ctrl+Z from Ctrl+Shift+Z, and ignores keys with Alt or Meta', async () => {
    const { user, pressed } = setUp(['ctrl+z', 'z', 'n']);
    await user.keyboard('{Control>}z{/Control}');
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    await user.keyboard('{Alt>}n{/Alt}{Meta>}n{/Meta}');
    expect(pressed).toEqual(['ctrl+z']);
  });

  it('leaves keys alone while the user types an answer', async () => {
    const { user, pressed } = setUp(['n', ' ']);
    await user.click(screen.getByLabelText('Your answer'));
    await user.keyboard('n n');
    expect(pressed).toEqual([]);
    expect(screen.getByLabelText('Your answer')).toHaveValue('n n');
  });

  it('lets Space and Enter press a focused button once, without the shortcut', async () => {
    const { user, pressed } = setUp([' ', 'enter', 'n']);
    screen.getByRole('button', { name: 'Next card' }).focus();
    await user.keyboard(' {Enter}n');
    expect(pressed).toEqual(['n']);
  });
});

function ReviewKeys({ isRevealed, log }: { isRevealed: boolean; log: string[] }) {
  useReviewKeys({
    isRevealed,
    onReveal: () => log.push('reveal'),
    onRate: (rating) => log.push(`rate ${rating}`),
    onUndo: () => log.push('undo'),
  });
  return null;
}

describe('useReviewKeys', () => {
  it('shows the answer with Space or Enter, and rates only once it is shown', async () => {
    const log: string[] = [];
    const user = userEvent.setup();
    const { rerender } = render(<ReviewKeys isRevealed={false} log={log} />);
    await user.keyboard('3 ');
    rerender(<ReviewKeys isRevealed log={log} />);
    await user.keyboard(' 3{Enter}4');
    expect(log).toEqual(['reveal', 'rate 3', 'rate 4']);
  });

  it('undoes with U, Shift+U and Ctrl+Z, whether or not the answer is shown', async () => {
    const log: string[] = [];
    const user = userEvent.setup();
    render(<ReviewKeys isRevealed={false} log={log} />);
    await user.keyboard('u{Shift>}U{/Shift}{Control>}z{/Control}{Control>}u{/Control}');
    expect(log).toEqual(['undo', 'undo', 'undo']);
  });
});
