// HTML comments are authors' notes, never card content. They may span lines.

export type CommentState = {
  isOpen: boolean;
  /** Index of the last line containing `-->`: an opener after it is never closed. */
  lastCloserLine: number;
};

export type StrippedLine = {
  text: string;
  hadComment: boolean;
  /** 0-based column of an opener that is never closed, kept as text; -1 otherwise. */
  unclosedAt: number;
};

export function createCommentState(lines: readonly string[]): CommentState {
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    if ((lines[i] ?? '').includes('-->')) {
      last = i;
      break;
    }
  }
  return { isOpen: false, lastCloserLine: last };
}

export function stripComments(line: string, index: number, state: CommentState): StrippedLine {
  let from = 0;
  if (state.isOpen) {
    const close = line.indexOf('-->');
    if (close < 0) return { text: '', hadComment: true, unclosedAt: -1 };
    state.isOpen = false;
    from = close + 3;
  } else if (!line.includes('<!--')) {
    return { text: line, hadComment: false, unclosedAt: -1 };
  }
  return stripFrom(line, from, index, state);
}

function stripFrom(line: string, from: number, index: number, state: CommentState): StrippedLine {
  const parts: string[] = [];
  let position = from;
  let unclosedAt = -1;
  while (position <= line.length) {
    const open = line.indexOf('<!--', position);
    if (open < 0) {
      parts.push(line.slice(position));
      break;
    }
    parts.push(line.slice(position, open));
    const close = line.indexOf('-->', open + 4);
    if (close >= 0) {
      position = close + 3;
      continue;
    }
    if (index >= state.lastCloserLine) {
      unclosedAt = open;
      parts.push(line.slice(open));
    } else {
      state.isOpen = true;
    }
    break;
  }
  return { text: parts.join(''), hadComment: true, unclosedAt };
}
