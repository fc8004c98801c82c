// Nynorsk data from CLDR for engines whose ICU lacks nn. Chromium's built-in ICU has nb but
// not nn (it resolves `nn-NO` to en-US), so without this a nynorsk page would show English
// dates and "3 hours ago". Month names are the same in both written forms; weekday names
// and relative-time phrases are not.

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

/** Singular and plural of each unit. */
const nnUnits: Record<Unit, [string, string]> = {
  second: ['sekund', 'sekund'],
  minute: ['minutt', 'minutt'],
  hour: ['time', 'timar'],
  day: ['døgn', 'døgn'],
  week: ['veke', 'veker'],
  month: ['månad', 'månadar'],
  year: ['år', 'år'],
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

/** "for 3 timar sidan", "om 2 veker", "i går". */
export function nnRelativeTime(
  value: number,
  unit: Unit,
  numeric: 'auto' | 'always',
  formatNumber: (n: number) => string,
): string {
  if (numeric === 'auto') {
    const word = nnAuto[unit]?.[value];
    if (word) return word;
  }
  const abs = Math.abs(value);
  const [one, other] = nnUnits[unit];
  const phrase = `${formatNumber(abs)} ${abs === 1 ? one : other}`;
  return value < 0 || Object.is(value, -0) ? `for ${phrase} sidan` : `om ${phrase}`;
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
