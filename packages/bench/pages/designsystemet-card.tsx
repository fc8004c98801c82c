// Designsystemet's closest equivalent of a Samskap CaseCard, written the way its documentation
// builds a linked card: the same visible content (stage, title link, summary, organisation,
// countries, launch year, three tags and "+n").
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { InnovationCase } from '@samskap/portal';
import type { hostStrings } from './host-strings.ts';

export function DsCaseCard({
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
    <Card data-color="neutral">
      {item.image ? (
        <Card.Block>
          <img src={item.image.src} alt={item.image.alt} />
        </Card.Block>
      ) : null}
      <Card.Block>
        <Tag data-color="info">{s.stage[item.stage]}</Tag>
        <Heading level={3} data-size="xs">
          <a href={item.href}>{item.title}</a>
        </Heading>
        <Paragraph>{item.summary}</Paragraph>
        <Paragraph data-size="sm">
          {item.organisation} · {item.countries.map(countries).join(', ')} · {s.launched}{' '}
          {item.yearLaunched}
        </Paragraph>
        <Paragraph data-size="sm">
          {item.tags.slice(0, 3).join(', ')}
          {more > 0 ? ` +${more}` : ''}
        </Paragraph>
      </Card.Block>
    </Card>
  );
}
