// Aksel's closest equivalent of a Samskap CaseCard: a LinkCard with the same visible content
// (stage, title link, summary, organisation, countries, launch year, three tags and "+n").
import { LinkCard, Tag } from '@navikt/ds-react';
import { CaseFacts, CaseTags, type PeerCardProps, stageName } from './peer.tsx';

export function AkselCaseCard(props: PeerCardProps) {
  const { item, s } = props;
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
        <CaseFacts {...props} />
      </LinkCard.Description>
      <LinkCard.Footer>
        <Tag size="small" variant="moderate" data-color="info">
          {stageName(item, s)}
        </Tag>
        <Tag size="small" variant="outline" data-color="neutral">
          <CaseTags item={item} />
        </Tag>
      </LinkCard.Footer>
    </LinkCard>
  );
}
