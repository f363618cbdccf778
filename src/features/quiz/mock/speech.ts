// The Web Speech API is not in TypeScript's DOM library; these are the parts dictation uses.
export type SpeechAlternative = { transcript: string };
export type SpeechResult = ArrayLike<SpeechAlternative> & { isFinal: boolean };
export type SpeechResultEvent = { resultIndex: number; results: ArrayLike<SpeechResult> };

export type SpeechRecognizer = {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: SpeechResultEvent) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  start: () => void;
  stop: () => void;
};

export type SpeechRecognizerConstructor = new () => SpeechRecognizer;

function isConstructor(value: unknown): value is SpeechRecognizerConstructor {
  return typeof value === 'function';
}

/** The browser's speech recognition (standard or WebKit-prefixed), or null where there is none. */
export function findSpeechRecognition(
  scope: object = globalThis,
): SpeechRecognizerConstructor | null {
  const found =
    Reflect.get(scope, 'SpeechRecognition') ?? Reflect.get(scope, 'webkitSpeechRecognition');
  return isConstructor(found) ? found : null;
}

/** The newly finished phrases of a result event; interim guesses are left out. */
export function readFinalTranscript(event: SpeechResultEvent): string {
  const phrases: string[] = [];
  for (let i = event.resultIndex; i < event.results.length; i += 1) {
    const result = event.results[i];
    const transcript = result?.[0]?.transcript.trim();
    if (result?.isFinal && transcript) phrases.push(transcript);
  }
  return phrases.join(' ');
}
