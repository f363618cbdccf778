import { useEffect, useRef, useState } from 'react';
import { findSpeechRecognition, readFinalTranscript, type SpeechRecognizer } from './speech';

type Props = { onText: (text: string) => void };

/**
 * Dictation into the answer, where the browser offers speech recognition. Where it does
 * not, nothing is shown: typing is always there.
 */
export function DictateButton({ onText }: Props) {
  const [Recognition] = useState(() => findSpeechRecognition());
  const [isListening, setListening] = useState(false);
  const recognizer = useRef<SpeechRecognizer | null>(null);
  const latestOnText = useRef(onText);
  latestOnText.current = onText;

  useEffect(() => () => recognizer.current?.stop(), []);

  if (!Recognition) return null;

  const start = () => {
    const next = new Recognition();
    next.continuous = true;
    next.interimResults = false;
    next.lang = document.documentElement.lang || navigator.language;
    next.onresult = (event) => {
      const text = readFinalTranscript(event);
      if (text) latestOnText.current(text);
    };
    next.onend = () => setListening(false);
    next.onerror = () => setListening(false);
    recognizer.current = next;
    next.start();
    setListening(true);
  };

  const stop = () => {
    recognizer.current?.stop();
    setListening(false);
  };

  return (
    <button type="button" aria-pressed={isListening} onClick={isListening ? stop : start}>
      {isListening ? 'Stop dictation' : 'Dictate'}
    </button>
  );
}
