import { describe, expect, it } from 'vitest';
import { parseQuestionText } from '../../../src/domain/compiler/question-text';

describe('parseQuestionText', () => {
  it.each([
    ['Question 7: Difference between PUT vs PATCH.', 7, 'Difference between PUT vs PATCH.'],
    ['Q1. What is a port?', 1, 'What is a port?'],
    ['Q 12) What is a socket?', 12, 'What is a socket?'],
    ['12. What is TCP?', 12, 'What is TCP?'],
    ['**Question 3:** What is QUIC?', 3, 'What is QUIC?'],
    ['**What is UDP?**', null, 'What is UDP?'],
    ['Question: What is DNS?', null, 'What is DNS?'],
  ])('reads %j as number %j and text %j', (source, number, text) => {
    const parsed = parseQuestionText(source);
    expect(parsed.number).toBe(number);
    expect(parsed.text).toBe(text);
  });

  it.each([
    ['Q4. Why plan?', 4, 'Why plan?'],
    ['Q4: Why plan?', 4, 'Why plan?'],
    ['Q4) Why plan?', 4, 'Why plan?'],
    ['Question 4: Why plan?', 4, 'Why plan?'],
    ['Q4 planning — what changed?', null, 'Q4 planning — what changed?'],
    ['Q1?', null, 'Q1?'],
  ])('numbers %j only when Q<digits> is followed by ".", ":" or ")"', (source, number, text) => {
    expect(parseQuestionText(source)).toMatchObject({ number, text });
  });

  it('leaves numbers that are part of the text alone', () => {
    expect(parseQuestionText('2xx codes: what are they?')).toMatchObject({
      number: null,
      text: '2xx codes: what are they?',
    });
    expect(parseQuestionText('1.5 million rows: how to page?').number).toBeNull();
  });

  it('takes markers off either end, and keeps bracketed text in the middle', () => {
    expect(parseQuestionText('[WIP] What is X? [TODO] [HARD]')).toMatchObject({
      text: 'What is X?',
      markers: [{ name: 'WIP' }, { name: 'TODO' }, { name: 'HARD' }],
    });
    expect(parseQuestionText('What does [[Prototype]] hold?').markers).toEqual([]);
    expect(parseQuestionText('[API](https://x.dev) basics?').markers).toEqual([]);
  });

  it('reads an explicit {#id} and removes it from the text', () => {
    expect(parseQuestionText('What is a thread? {#thread}')).toMatchObject({
      text: 'What is a thread?',
      explicitId: 'thread',
      signal: 'strong',
    });
  });

  it('rates how surely the text is a question', () => {
    expect(parseQuestionText('Question 1: Explain X').signal).toBe('strong');
    expect(parseQuestionText('1. Explain X').signal).toBe('numbered');
    expect(parseQuestionText('What is X?').signal).toBe('weak');
    expect(parseQuestionText('Concepts').signal).toBe('none');
  });
});
