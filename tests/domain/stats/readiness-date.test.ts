import { describe, expect, it } from 'vitest';
import {
  calendarDateAt,
  daysBetween,
  interviewMomentOf,
  parseInterviewDate,
} from '../../../src/domain/stats/readiness-date';

describe('interview date', () => {
  it('accepts real YYYY-MM-DD days only', () => {
    expect(parseInterviewDate('2027-02-28')).toBe('2027-02-28');
    expect(parseInterviewDate('2028-02-29')).toBe('2028-02-29');
    expect(parseInterviewDate('2027-02-29')).toBeNull();
    expect(parseInterviewDate('2027-13-01')).toBeNull();
    expect(parseInterviewDate('2027-1-5')).toBeNull();
    expect(parseInterviewDate('next Friday')).toBeNull();
    expect(parseInterviewDate(20270115)).toBeNull();
    expect(parseInterviewDate(null)).toBeNull();
  });

  it('predicts for noon local time on the day', () => {
    // UTC+2 (offset -120): local noon is 10:00 UTC. UTC-5 (offset 300): 17:00 UTC.
    expect(interviewMomentOf('2027-01-15', -120)).toBe(Date.UTC(2027, 0, 15, 10));
    expect(interviewMomentOf('2027-01-15', 300)).toBe(Date.UTC(2027, 0, 15, 17));
  });

  it('names the local calendar day of a moment', () => {
    const lateEvening = Date.UTC(2027, 0, 15, 23, 30);
    expect(calendarDateAt(lateEvening, 0)).toBe('2027-01-15');
    expect(calendarDateAt(lateEvening, -120)).toBe('2027-01-16');
    expect(calendarDateAt(Date.UTC(2027, 0, 1, 3), 300)).toBe('2026-12-31');
  });

  it('counts whole days between two dates, across months and years', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-15', '2027-01-15')).toBe(0);
    expect(daysBetween('2027-01-15', '2027-01-14')).toBe(-1);
  });
});
