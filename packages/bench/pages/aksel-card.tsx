// Aksel's closest equivalent of a Samskap CaseCard: a LinkCard with the same visible content
// (stage, title link, summary, organisation, countries, launch year, three tags and "+n").
import { LinkCard, Tag } from '@navikt/ds-react';
import type { InnovationCase } from '@samskap/portal';
import type { hostStrings } from './host-strings.ts';

export function AkselCaseCard({
  item,
  s,
  countries,
}: {
  item: InnovationCase;
  s: (typeof hostStrings)['nb'];
  countries: (code: string) => string;
}) {
  const more = item.tags.length - 3;
  return (
    <LinkCard>
      {item.image ? (
        <LinkCard.Image>
          <img src={item.image.src} alt={item.image.alt} />
        </LinkCard.Image>
      ) : null}
      <LinkCard.Title as="h3">
        <LinkCard.Anchor href={item.href ?? ''}>{item.title}</LinkCard.Anchor>
      </LinkCard.Title>
      <LinkCard.Description>
        {item.summary}
        <br />
        {item.organisation} · {item.countries.map(countries).join(', ')} · {s.launched}{' '}
        {item.yearLaunched}
      </LinkCard.Description>
      <LinkCard.Footer>
        <Tag size="small" variant="moderate" data-color="info">
          {s.stage[item.stage]}
        </Tag>
        <Tag size="small" variant="outline" data-color="neutral">
          {item.tags.slice(0, 3).join(', ')}
          {more > 0 ? ` +${more}` : ''}
        </Tag>
      </LinkCard.Footer>
    </LinkCard>
  );
}
