// The public calendar of a centre's permanences (RFC 5545), for the centre's website and its
// partners. Written by hand: the few lines a feed of weekly and one-off events needs did not justify
// a dependency. Nothing personal goes out: no agent, no id other than the permanence's own.
import { addDays, CENTRE_TIME_ZONE, type Permanence } from '../../../src/shared/permanences';
import { parisMidnight } from '../period';

/** Europe/Paris as calendars need it to place wall-clock times (EU rules since 1996). */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CENTRE_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values: backslash, semicolon, comma and newlines are escaped (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const max = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > max) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
const localDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(':', '')}00`;

const utcStamp = (d: Date) => `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export interface FeedCentre {
  id: string;
  name: string;
  commune: string;
}

/** The VCALENDAR text (CRLF line ends) of `permanences`. */
export function permanencesCalendar(
  centre: FeedCentre,
  permanences: readonly Permanence[],
  host: string,
  now: Date,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Borne mobile//Permanences//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Borne mobile — ${centre.name}`)}`,
    `X-WR-TIMEZONE:${CENTRE_TIME_ZONE}`,
    ...VTIMEZONE,
  ];
  for (const p of permanences) {
    const where = [p.placeLabel, p.neighbourhood, p.commune ?? centre.commune].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${p.id}@${host}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=${CENTRE_TIME_ZONE}:${localDateTime(p.date, p.startTime)}`,
      `DTEND;TZID=${CENTRE_TIME_ZONE}:${localDateTime(p.date, p.endTime)}`,
    );
    if (p.repeat === 'weekly') {
      // With a zoned DTSTART, UNTIL is a UTC instant: the end of the last day, in the centre's zone.
      const end = p.until ? new Date(parisMidnight(addDays(p.until, 1)).getTime() - 1000) : undefined;
      const until = end ? `;UNTIL=${utcStamp(end)}` : '';
      lines.push(`RRULE:FREQ=WEEKLY${until}`);
    }
    lines.push(
      `SUMMARY:${escapeText(`Borne mobile : ${p.placeLabel}`)}`,
      `LOCATION:${escapeText(where.join(', '))}`,
      `DESCRIPTION:${escapeText(
        `L’équipe de ${centre.name} vient avec la borne : aide gratuite pour les démarches en ligne (CAF, impôts, papiers, santé, emploi…).`,
      )}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
