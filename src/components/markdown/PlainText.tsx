import { toPlainPreview } from './display-budget';
import './plain-text.css';

// Plain text is laid out in chunks that the browser skips while they are off screen
// (content-visibility), so that a long text costs a screenful of layout, not all of it.
const maxChunkLines = 100;
const maxChunkChars = 4000;

/** Splits text into chunks of at most `maxChunkLines` lines and `maxChunkChars` characters. */
export function splitIntoChunks(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start;
    for (let lines = 0; lines < maxChunkLines && end < text.length; lines += 1) {
      const newline = text.indexOf('\n', end);
      end = newline === -1 ? text.length : newline + 1;
    }
    end = Math.min(end, start + maxChunkChars);
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** Text shown as it is, whitespace kept and long runs wrapped; cut past the plain-text bound. */
export function PlainText({ text }: { text: string }) {
  return (
    <div className="markdown plain">
      {splitIntoChunks(toPlainPreview(text)).map((chunk, index) => (
        // Chunks never move: the text is the same for the life of the element.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="plain-chunk" key={index}>
          {chunk}
        </div>
      ))}
    </div>
  );
}
