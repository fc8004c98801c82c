/** A person who wrote an article. Every field is untrusted. */
export interface ArticleAuthor {
  name: string;
  /** Their role: "Seniorrådgiver", "Journalist". */
  role?: string;
  /** Where they work. */
  organisation?: string;
  /** A page about them. Only http(s), mailto, tel and relative URLs are linked. */
  href?: string;
}

/** Who made a picture, and what kind of credit it is. */
export type ArticleCreditKind = 'photo' | 'illustration' | 'source';

/** A picture with what it shows, its caption and whom to credit. */
export interface ArticleImage {
  /** The image URL; it goes through the same checks as a case image. */
  src: string;
  /** What the image shows, for those who cannot see it. `''` marks it as decorative. */
  alt: string;
  /** The caption shown under it. */
  caption?: string;
  /** The photographer, illustrator or source. */
  credit?: string;
  /** @default 'photo' */
  creditKind?: ArticleCreditKind;
}

/** One article of the portal's magazine, as a CMS delivers it. Every text field is untrusted. */
export interface PortalArticle {
  id: string;
  /** The headline, in `language`. */
  title: string;
  /** The lead (ingress): one or two sentences that say what the article is about. */
  lead?: string;
  /** The article's own page. */
  href: string;
  /** The section of the magazine: "Intervju", "Erfaringer", "Nyheter". */
  category?: string;
  authors?: ArticleAuthor[];
  /** ISO 8601 date or date-time of publication. */
  publishedAt?: string;
  /** ISO 8601 date or date-time of the last real change. Shown when later than `publishedAt`. */
  updatedAt?: string;
  /** Reading time in whole minutes. */
  readingMinutes?: number;
  /** The main picture. */
  image?: ArticleImage;
  /** The BCP 47 language of the article's content. */
  language?: string;
}
