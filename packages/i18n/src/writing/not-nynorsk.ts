// Forms a nynorsk string must not hold: bokmål words copied over, forms the 2012 norm does not
// allow, and the places where the norm allows two forms and Samskap has chosen one. Each entry
// says what to write instead, so the failing test can tell a writer what to do.

/** A form that does not belong in Samskap's nynorsk, and what to write instead. */
export interface NotNynorsk {
  /** The word or phrase, matched as a whole in any case; `#` stands for a number. */
  form: string;
  /** What to write instead. */
  write: string;
  /** Why, when it is more than "this is bokmål". */
  why?: string;
}

const norm2012 = 'the 2012 norm does not allow it';
const verte = 'Samskap writes verte/vert/vart/vorte, not bli';
const kje = 'Samskap writes the -kje/-gje forms';

export const notNynorsk: readonly NotNynorsk[] = [
  // Bokmål words that have no place in nynorsk.
  { form: 'ikke', write: 'ikkje' },
  { form: 'bare', write: 'berre' },
  { form: 'hva', write: 'kva' },
  { form: 'hvem', write: 'kven' },
  { form: 'hvor', write: 'kvar' },
  { form: 'hvordan', write: 'korleis' },
  { form: 'hvis', write: 'viss, dersom' },
  { form: 'noen', write: 'nokon, nokre' },
  { form: 'noe', write: 'noko' },
  { form: 'fra', write: 'frå' },
  { form: 'jeg', write: 'eg' },
  { form: 'mer', write: 'meir' },
  { form: 'mye', write: 'mykje' },
  { form: 'nå', write: 'no' },
  { form: 'ennå', write: 'enno' },
  { form: 'fortsatt', write: 'framleis' },
  { form: 'hjem', write: 'heim' },
  { form: 'være', write: 'vere' },
  { form: 'vært', write: 'vore' },
  { form: 'gjør', write: 'gjer' },
  { form: 'gjøre', write: 'gjere' },
  { form: 'kommer', write: 'kjem' },
  { form: 'sier', write: 'seier' },
  { form: 'fikk', write: 'fekk' },
  { form: 'fant', write: 'fann' },
  { form: 'dere', write: 'de' },
  { form: 'deres', write: 'dykkar' },
  { form: 'annen', write: 'annan' },
  { form: 'annet', write: 'anna' },
  { form: 'egen', write: 'eigen' },
  { form: 'eget', write: 'eige' },
  { form: 'egne', write: 'eigne' },
  { form: 'høy', write: 'høg' },
  { form: 'høyst', write: 'høgst' },
  { form: 'velg', write: 'vel' },
  { form: 'valgt', write: 'valt' },
  { form: 'valgfritt', write: 'valfritt' },
  { form: 'siden', write: 'sidan (since), sida (the page)' },
  { form: 'åpne', write: 'opne' },
  { form: 'åpen', write: 'open' },
  { form: 'åpner', write: 'opnar' },
  { form: 'lukket', write: 'lukka' },
  { form: 'uke', write: 'veke' },
  { form: 'uker', write: 'veker' },
  { form: 'måned', write: 'månad' },
  { form: 'måneder', write: 'månadar' },
  { form: 'laster', write: 'lastar' },
  { form: 'skrevet', write: 'skrive' },
  { form: 'sendte', write: 'sende' },
  { form: 'tilgjengelig', write: 'tilgjengeleg' },
  {
    form: 'vennligst',
    write: 'nothing: write the instruction itself',
    why: 'bokmål, and not plain',
  },
  { form: 'enhet', write: 'eining' },
  { form: 'enheten', write: 'eininga' },
  { form: 'tjeneste', write: 'teneste' },
  { form: 'tjenesten', write: 'tenesta' },
  { form: 'tjenester', write: 'tenester' },
  { form: 'virksomhet', write: 'verksemd' },
  { form: 'innhold', write: 'innhald' },
  { form: 'innholdet', write: 'innhaldet' },
  { form: 'hovedinnholdet', write: 'hovudinnhaldet' },
  // Bokmål inflections: a-verbs, feminine and plural endings.
  { form: 'kommentarer', write: 'kommentarar' },
  { form: 'kommentarene', write: 'kommentarane' },
  { form: 'saken', write: 'saka' },
  { form: 'e-postadressen', write: 'e-postadressa' },
  { form: 'adressen', write: 'adressa' },
  { form: 'slettet', write: 'sletta' },
  { form: 'forkastet', write: 'forkasta' },
  { form: 'lagret', write: 'lagra' },
  { form: 'vises', write: 'vert vist', why: 'the s-passive in the present is -ast in nynorsk' },
  { form: 'sendes', write: 'vert send', why: 'the s-passive in the present is -ast in nynorsk' },
  { form: 'lagres', write: 'vert lagra', why: 'the s-passive in the present is -ast in nynorsk' },
  { form: 'fylles', write: 'fyllast', why: 'the s-passive is -ast in nynorsk' },
  // What the review of the 2012 norm found.
  {
    form: 'filtra',
    write: 'filtera (the filters) or filter (filters)',
    why: `${norm2012} (neuter nouns in unstressed -er take -era in the definite plural)`,
  },
  {
    form: 'filtre',
    write: 'filter',
    why: 'bokmål plural; nynorsk "filter" is the same in the plural',
  },
  { form: 'filtrene', write: 'filtera' },
  { form: 'opp til', write: 'opptil', why: 'one word when it means "at most", as in bokmål' },
  // Where the norm allows two forms, Samskap writes one.
  { form: 'bli', write: 'verte', why: verte },
  { form: 'blir', write: 'vert', why: verte },
  { form: 'ble', write: 'vart', why: verte },
  { form: 'blei', write: 'vart', why: verte },
  { form: 'blitt', write: 'vorte', why: verte },
  { form: 'søke', write: 'søkje', why: kje },
  { form: 'søker', write: 'søkjer (verb), søkjar (noun)', why: kje },
  { form: 'søkeord', write: 'søkjeord', why: kje },
  { form: 'søkefelt', write: 'søkjefelt', why: kje },
  { form: 'søkefeltet', write: 'søkjefeltet', why: kje },
  { form: 'lenke', write: 'lenkje', why: kje },
  { form: 'lenker', write: 'lenkjer', why: kje },
  { form: 'lenken', write: 'lenkja', why: kje },
  { form: 'kartlegge', write: 'kartleggje', why: kje },
  { form: 'legge', write: 'leggje', why: kje },
  { form: 'ligge', write: 'liggje', why: kje },
  { form: 'følge', write: 'følgje', why: kje },
  { form: 'tenke', write: 'tenkje', why: kje },
  { form: 'trykke', write: 'trykkje', why: kje },
  { form: 'bygge', write: 'byggje', why: kje },
];
