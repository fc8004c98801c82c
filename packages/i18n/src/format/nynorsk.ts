// Nynorsk data from CLDR for engines whose ICU lacks nn. Chromium's built-in ICU has nb but
// not nn (it resolves `nn-NO` to en-US), so without this a nynorsk page would show English
// dates and "3 hours ago". Month names are the same in both written forms; weekday names
// and relative-time phrases are not. Relative times in nynorsk always come from here, even on
// an engine with nn data, so that a server and a browser write the same words.

/** Bokmål weekday names (long and the abbreviated form used inside dates) to nynorsk. */
export const nnWeekdays: Record<string, string> = {
  mandag: 'måndag',
  tirsdag: 'tysdag',
  lørdag: 'laurdag',
  'man.': 'må.',
  'tir.': 'ty.',
  'ons.': 'on.',
  'tor.': 'to.',
  'fre.': 'fr.',
  'lør.': 'la.',
  'søn.': 'sø.',
};

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
type Style = 'long' | 'short' | 'narrow';

/** Singular and plural of each unit, written out. */
const nnUnits: Record<Unit, [string, string]> = {
  second: ['sekund', 'sekund'],
  minute: ['minutt', 'minutt'],
  hour: ['time', 'timar'],
  day: ['døgn', 'døgn'],
  week: ['veke', 'veker'],
  month: ['månad', 'månadar'],
  year: ['år', 'år'],
};

/** The abbreviation of each unit for the short and narrow styles (one form for any number). */
const nnShortUnits: Record<Unit, string> = {
  second: 'sek',
  minute: 'min',
  hour: 't',
  day: 'd.',
  week: 'v.',
  month: 'md.',
  year: 'år',
};

/** Words for -2..2 with `numeric: 'auto'`, where nynorsk has them. */
const nnAuto: Partial<Record<Unit, Record<number, string>>> = {
  second: { 0: 'no' },
  minute: { 0: 'dette minuttet' },
  hour: { 0: 'denne timen' },
  day: { '-2': 'i førgår', '-1': 'i går', 0: 'i dag', 1: 'i morgon', 2: 'i overmorgon' },
  week: { '-1': 'førre veke', 0: 'denne veka', 1: 'neste veke' },
  month: { '-1': 'førre månad', 0: 'denne månaden', 1: 'neste månad' },
  year: { '-1': 'i fjor', 0: 'i år', 1: 'neste år' },
};

/** Where the short and narrow styles shorten those words too (CLDR does so for months only). */
const nnAutoShort: Partial<Record<Unit, Record<number, string>>> = {
  month: { '-1': 'førre md.', 0: 'denne md.', 1: 'neste md.' },
};

/**
 * The narrow style writes a signed number ("–3 t", "+3 t") for these units and the short phrase
 * for weeks and years, as CLDR's nynorsk data does.
 */
const nnNarrowSigned = new Set<Unit>(['second', 'minute', 'hour', 'day', 'month']);

/** "for 3 timar sidan", "for 3 t sidan", "om 2 veker", "i går". */
export function nnRelativeTime(
  value: number,
  unit: Unit,
  numeric: 'auto' | 'always',
  formatNumber: (n: number) => string,
  style: Style = 'long',
): string {
  if (numeric === 'auto') {
    const word =
      (style === 'long' ? undefined : nnAutoShort[unit]?.[value]) ?? nnAuto[unit]?.[value];
    if (word) return word;
  }
  const abs = Math.abs(value);
  const past = value < 0 || Object.is(value, -0);
  if (style === 'narrow' && nnNarrowSigned.has(unit)) {
    const abbreviation = unit === 'second' ? 's' : nnShortUnits[unit];
    return `${past ? '\u2013' : '+'}${formatNumber(abs)} ${abbreviation}`;
  }
  const [one, other] = nnUnits[unit];
  const word = style === 'long' ? (abs === 1 ? one : other) : nnShortUnits[unit];
  const phrase = `${formatNumber(abs)} ${word}`;
  return past ? `for ${phrase} sidan` : `om ${phrase}`;
}

/** Region names whose nynorsk form differs from the bokmål one. */
export const nnRegions: Record<string, string> = {
  AE: 'Dei sameinte arabiske emirata',
  AT: 'Austerrike',
  CC: 'Kokosøyane',
  CD: 'Kongo-Kinshasa',
  CF: 'Den sentralafrikanske republikken',
  CI: 'Elfenbeinskysten',
  CK: 'Cookøyane',
  DO: 'Den dominikanske republikken',
  EU: 'Den europeiske unionen',
  FK: 'Falklandsøyane',
  FO: 'Færøyane',
  GS: 'Sør-Georgia og Sør-Sandwichøyane',
  HM: 'Heardøya og McDonaldøyane',
  IC: 'Kanariøyane',
  KM: 'Komorane',
  KY: 'Caymanøyane',
  LU: 'Luxembourg',
  MH: 'Marshalløyane',
  MP: 'Nord-Marianane',
  MV: 'Maldivane',
  NO: 'Noreg',
  PH: 'Filippinane',
  PN: 'Pitcairn',
  SB: 'Salomonøyane',
  SC: 'Seychellane',
  SH: 'Saint Helena',
  TC: 'Turks- og Caicosøyane',
  TF: 'Dei franske sørterritoria',
  TL: 'Aust-Timor',
  UM: 'USAs ytre småøyar',
  VC: 'St. Vincent og Grenadinane',
  VG: 'Dei britiske Jomfruøyane',
  VI: 'Dei amerikanske Jomfruøyane',
};
