import { describe, expect, it } from 'vitest';
import { daysSince, isOverdue } from './feedback-inbox.tsx';
import { groupsFromLines } from './survey-rounds.tsx';

describe('groupsFromLines', () => {
  it('takes one group per line, trimmed, without empty lines or repeats', () => {
    expect(groupsFromLines(' Administratie \n\nInkoop\r\nadministratie\n  \nMagazijn')).toEqual([
      'Administratie',
      'Inkoop',
      'Magazijn',
    ]);
    expect(groupsFromLines('')).toEqual([]);
  });
});

describe('overdue feedback', () => {
  const today = new Date('2026-12-03T10:00:00Z');
  it('counts whole days from the day received', () => {
    expect(daysSince('2026-12-03', today)).toBe(0);
    expect(daysSince('2026-11-19', today)).toBe(14);
  });
  it('marks an open item older than two weeks, never a handled one or a bare "useful"', () => {
    const wrong = { rating: 'wrong' as const, comment: null };
    expect(isOverdue({ ...wrong, status: 'open', receivedOn: '2026-11-19' }, today)).toBe(false);
    expect(isOverdue({ ...wrong, status: 'open', receivedOn: '2026-11-18' }, today)).toBe(true);
    expect(isOverdue({ ...wrong, status: 'acted', receivedOn: '2026-10-01' }, today)).toBe(false);
    const useful = { rating: 'useful' as const, status: 'open' as const, receivedOn: '2026-10-01' };
    expect(isOverdue({ ...useful, comment: null }, today)).toBe(false);
    expect(isOverdue({ ...useful, comment: 'Kan de toon vriendelijker?' }, today)).toBe(true);
  });
});
