import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, eventToIcs, foldIcsLine } from './ics.js';

const encoder = new TextEncoder();
const now = new Date('2026-12-01T12:00:00Z');

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const vevent = component.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return new ICAL.Event(vevent);
}

const hardTitle = 'Innspill, møte; «Tønsberg»\nDag 2: Ærlig talt – Åpen dør ✓ 👩🏽‍💻';

describe('eventToIcs', () => {
  it('round-trips a title with commas, semicolons, a newline and non-ASCII letters', () => {
    const ics = eventToIcs(
      {
        uid: 'ev-1@samskap',
        title: hardTitle,
        description: 'Ta med: penn, papir; og godt humør.\r\nVelkommen!',
        location: 'Rådhuset, Storgata 1; 3. etasje',
        start: '2026-06-12T09:00:00+02:00',
        end: '2026-06-12T15:30:00+02:00',
      },
      { now },
    ) as string;
    const event = parse(ics);
    expect(event.summary).toBe(hardTitle);
    expect(event.description).toBe('Ta med: penn, papir; og godt humør.\nVelkommen!');
    expect(event.location).toBe('Rådhuset, Storgata 1; 3. etasje');
    expect(event.uid).toBe('ev-1@samskap');
  });

  it('puts a summer date in Oslo (UTC+2) at the right UTC instant', () => {
    const event = parse(
      eventToIcs(
        {
          uid: 's',
          title: 'Sommer',
          start: '2026-06-12T09:00:00+02:00',
          end: '2026-06-12T10:00:00+02:00',
        },
        { now },
      ) as string,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-12T07:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-06-12T08:00:00.000Z');
  });

  it('puts a winter date in Oslo (UTC+1) at the right UTC instant', () => {
    const event = parse(
      eventToIcs(
        {
          uid: 'w',
          title: 'Vinter',
          start: '2026-01-15T09:00:00+01:00',
          end: '2026-01-15T11:00:00+01:00',
        },
        { now },
      ) as string,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-01-15T10:00:00.000Z');
  });

  it('writes an all-day, multi-day event as dates with an exclusive end', () => {
    const ics = eventToIcs(
      { uid: 'a', title: 'Konferanse', start: '2026-09-29', end: '2026-09-30' },
      { now },
    ) as string;
    expect(ics).toContain('DTSTART;VALUE=DATE:20260929\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20261001\r\n');
    const event = parse(ics);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-09-29');
    expect(event.endDate.toString()).toBe('2026-10-01');
  });

  it('ends every line with CRLF, stamps the file and folds long lines at 75 octets', () => {
    const ics = eventToIcs(
      { uid: 'l', title: 'ø'.repeat(200), start: '2026-06-12T09:00:00Z' },
      { now },
    ) as string;
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('DTSTAMP:20261201T120000Z\r\n');
    for (const line of ics.split('\r\n'))
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(ics).summary).toBe('ø'.repeat(200));
  });

  it('gives undefined for a start that is not a date', () => {
    expect(eventToIcs({ uid: 'x', title: 'x', start: 'soon' })).toBeUndefined();
  });

  it('leaves out a URL that is not http(s)', () => {
    const ics = eventToIcs({
      uid: 'u',
      title: 'x',
      start: '2026-06-12',
      url: 'javascript:alert(1)',
    }) as string;
    expect(ics).not.toContain('URL:');
  });
});

describe('foldIcsLine', () => {
  it('never splits a multi-octet character', () => {
    const line = `SUMMARY:${'a'.repeat(73)}😀${'é'.repeat(40)}`;
    const folded = foldIcsLine(line);
    const decoded = folded.split('\r\n').map((part) => encoder.encode(part));
    for (const bytes of decoded) {
      expect(bytes.length).toBeLessThanOrEqual(75);
      // Each part decodes without a replacement character: no character was cut in two.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBeTruthy();
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('is linear: ten times the text takes about ten times as long', () => {
    const time = (n: number) => {
      const text = 'æ,;\n'.repeat(n);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        foldIcsLine(escapeIcsText(text));
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(10_000);
    const small = Math.max(time(20_000), 1);
    const large = time(200_000);
    expect(large / small).toBeLessThan(40);
  });
});
