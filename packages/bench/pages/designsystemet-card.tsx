// Designsystemet's closest equivalent of a Samskap CaseCard, written the way its documentation
// builds a linked card: the same visible content (stage, title link, summary, organisation,
// countries, launch year, three tags and "+n").
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { CaseFacts, CaseTags, type PeerCardProps, stageName } from './peer.tsx';

export function DsCaseCard(props: PeerCardProps) {
  const { item, s } = props;
  return (
    <Card data-color="neutral">
      {item.image ? (
        <Card.Block>
          <img src={item.image.src} alt={item.image.alt} />
        </Card.Block>
      ) : null}
      <Card.Block>
        <Tag data-color="info">{stageName(item, s)}</Tag>
        <Heading level={3} data-size="xs">
          <a href={item.href}>{item.title}</a>
        </Heading>
        <Paragraph>{item.summary}</Paragraph>
        <Paragraph data-size="sm">
          <CaseFacts {...props} />
        </Paragraph>
        <Paragraph data-size="sm">
          <CaseTags item={item} />
        </Paragraph>
      </Card.Block>
    </Card>
  );
}
