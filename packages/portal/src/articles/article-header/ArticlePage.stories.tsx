import { Heading, Paragraph } from '@samskap/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { withoutNavigation } from '../../../../../.storybook/decorators.js';
import { narrowPage } from '../../../../../.storybook/narrow.js';
import { ContentLanguageNotice } from '../../language/content-language-notice/ContentLanguageNotice.js';
import { sampleArticles } from '../../sample-data/index.js';
import { ArticleCard } from '../article-card/ArticleCard.js';
import { ArticleFigure } from '../article-figure/ArticleFigure.js';
import type { PortalArticle } from '../model.js';
import { PullQuote } from '../pull-quote/PullQuote.js';
import { ArticleHeader } from './ArticleHeader.js';

const [bus, skyss, trust] = sampleArticles as [PortalArticle, PortalArticle, PortalArticle];

/** An article's page as a portal composes it: header, body with a quote and a figure, more to read. */
function ArticlePage() {
  return (
    <main style={{ maxWidth: '44rem' }}>
      <article>
        <ArticleHeader article={bus} />
        <ContentLanguageNotice contentLocale="nb" availableIn={['nb']}>
          <Paragraph>
            Klokka er sju om kvelden, og på skjermen hos Reisen AS dukker morgendagens rute opp. Den
            ser annerledes ut enn i går: to bestillinger fra Straumen, én fra Tverlandet.
          </Paragraph>
          <PullQuote
            quote="Vi spurte dem som ikke tok bussen. Det var de som visste hva som var galt."
            source="Kari Nordvik"
            sourceRole="prosjektleder i Bodø kommune"
            language="nb"
          />
          <Paragraph>
            Før gikk tre ruter etter faste tider som passet verken skole eller jobb. Nå bestemmer
            bestillingene ruta, og sjåføren får den på nettbrettet kvelden før.
          </Paragraph>
          <ArticleFigure image={trust.image as NonNullable<PortalArticle['image']>} language="en" />
        </ContentLanguageNotice>
      </article>
      <aside aria-labelledby="more">
        <Heading level={2} id="more" lang="nb">
          Mer å lese
        </Heading>
        <ul style={{ display: 'grid', gap: '1rem', padding: 0, listStyle: 'none' }}>
          <ArticleCard as="li" article={skyss} />
          <ArticleCard as="li" article={trust} />
        </ul>
      </aside>
    </main>
  );
}

const meta = {
  title: 'Portal/Pages/Article page',
  component: ArticlePage,
  decorators: [withoutNavigation],
} satisfies Meta<typeof ArticlePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Wide: Story = {};

/** The same page 320 px wide: nothing scrolls sideways. */
export const Narrow: Story = narrowPage;
