import { act, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Starts an interview from the setup form with its defaults. */
export async function startInterview(user: UserEvent): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Start interview' }));
  await screen.findByRole('region', { name: 'Question' });
  // The question's clock starts in an effect; flush it, so fake time advanced next is counted.
  await act(async () => {});
}

/** Answers the question on screen and moves on (Next question, or Finish interview on the last). */
export async function answerAndContinue(user: UserEvent, text: string): Promise<void> {
  const box = screen.getByRole('textbox', { name: 'Your answer' });
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: /^(Next question|Finish interview)$/ }));
}

/** Replaces the browser's speech recognition with one the test drives. */
export class FakeRecognition {
  static last: FakeRecognition | null = null;
  continuous = false;
  interimResults = true;
  lang = '';
  isStarted = false;
  onresult: ((event: unknown) => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;

  constructor() {
    FakeRecognition.last = this;
  }

  start(): void {
    this.isStarted = true;
  }

  stop(): void {
    this.isStarted = false;
    this.onend?.();
  }

  say(transcript: string): void {
    const result = Object.assign([{ transcript }], { isFinal: true });
    this.onresult?.({ resultIndex: 0, results: [result] });
  }
}
