// The sample articles carry a headline, a lead and a byline, as a CMS's listing does; the text
// of each is the portal's own (made up, like the cases), in the article's language.
export const articleBodies: Record<string, string[]> = {
  'bestillingsbuss-intervju': [
    'Tre ruter gikk hver time gjennom grendene øst for byen. De fleste avgangene hadde ingen passasjerer, og de som trengte bussen, måtte likevel vente lenge.',
    'Nå ringer du eller bestiller i appen, og bussen henter deg ved nærmeste holdeplass. – Vi flyttet pengene fra tomme avganger til turer folk faktisk tar, sier prosjektlederen.',
    'Etter et år kjører bussen færre kilometer, men har flere reisende. Neste steg er å la bestillingen gjelde for skoleskyss også.',
  ],
  'skuleskyss-erfaringar': [
    'Papirskjemaet for skuleskyss var fire sider langt og måtte leverast på skulen. Mange søkte ikkje i det heile.',
    'Då søknaden kom på nett, med spørsmål i vanleg språk og svar med ein gong, auka talet på søknader med ein tredjedel. Dei fleste av dei nye hadde rett på skyss.',
  ],
  'measuring-trust': [
    'A survey asks people how much they trust a service. Their behaviour tells you more: whether they finish a form, call to check that it arrived, or give up halfway.',
    'We looked at three signals that most agencies already have: abandoned applications, repeat calls about the same case, and complaints that mention waiting. Together they moved months before the survey results did.',
    'None of this replaces asking people. It tells you where to ask, and what about.',
  ],
};
