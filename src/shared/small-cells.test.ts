import { describe, expect, it } from 'vitest';
import { cellText, protectAverage, protectPeople, SMALL_CELL } from './small-cells';

describe('the small-cell rule', () => {
  it('shows a count of 1 to 4 people as « moins de 5 », and 0 and 5 as themselves', () => {
    expect([0, 1, 2, 3, 4, 5, 12].map(protectPeople)).toEqual([
      0,
      SMALL_CELL,
      SMALL_CELL,
      SMALL_CELL,
      SMALL_CELL,
      5,
      12,
    ]);
    expect(cellText(protectPeople(3))).toBe('moins de 5');
    expect(cellText(protectPeople(3), 'ar')).toBe('أقل من 5');
    expect(cellText(protectPeople(5))).toBe('5');
  });

  it('hides an average made of fewer than 5 answers', () => {
    expect(protectAverage(4.5, 4)).toBe(SMALL_CELL);
    expect(protectAverage(4.5, 5)).toBe(4.5);
    expect(protectAverage(null, 0)).toBeNull();
  });
});
