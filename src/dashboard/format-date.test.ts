// The dashboard's dates: a stored value the browser cannot read shows words a person understands
// (« date inconnue »), never the raw value.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, lang } from './i18n';

afterEach(() => {
  lang.value = 'fr';
});

describe('formatDate and formatDateTime', () => {
  it('write a readable date in the language of the dashboard', () => {
    expect(formatDate('2026-03-04T10:00:00Z')).toBe('04/03/2026');
    expect(formatDateTime('2026-03-04T10:00:00Z')).toBe('04/03/2026 11:00');
  });

  it('say « date inconnue » for an unreadable date, in fr, en and ar', () => {
    for (const bad of ['pas une date', '2026-13-45', 'Z']) {
      lang.value = 'fr';
      expect(formatDate(bad)).toBe('date inconnue');
      expect(formatDateTime(bad)).toBe('date inconnue');
      lang.value = 'en';
      expect(formatDate(bad)).toBe('unknown date');
      expect(formatDateTime(bad)).toBe('unknown date');
      lang.value = 'ar';
      expect(formatDate(bad)).toBe('تاريخ غير معروف');
      expect(formatDateTime(bad)).toBe('تاريخ غير معروف');
    }
  });

  it('show a dash for no date at all', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('')).toBe('—');
  });
});
