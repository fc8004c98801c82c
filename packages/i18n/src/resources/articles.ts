import { defineStrings } from './define.js';

// The magazine: article cards, bylines, figures and pull quotes.
export const articles = defineStrings({
  nb: {
    byline: {
      label: 'Om artikkelen',
      authors: 'Skrevet av',
      published: 'Publisert',
      updated: 'Oppdatert',
      readingTime: 'Lesetid',
      minutes_one: '{{count}} minutt',
      minutes_other: '{{count}} minutter',
      category: 'Kategori',
    },
    credit: {
      photo: 'Foto: {{credit}}',
      illustration: 'Illustrasjon: {{credit}}',
      source: 'Kilde: {{credit}}',
    },
  },
  nn: {
    byline: {
      label: 'Om artikkelen',
      authors: 'Skriven av',
      published: 'Publisert',
      updated: 'Oppdatert',
      readingTime: 'Lesetid',
      minutes_one: '{{count}} minutt',
      minutes_other: '{{count}} minutt',
      category: 'Kategori',
    },
    credit: {
      photo: 'Foto: {{credit}}',
      illustration: 'Illustrasjon: {{credit}}',
      source: 'Kjelde: {{credit}}',
    },
  },
  en: {
    byline: {
      label: 'About this article',
      authors: 'Written by',
      published: 'Published',
      updated: 'Updated',
      readingTime: 'Reading time',
      minutes_one: '{{count}} minute',
      minutes_other: '{{count}} minutes',
      category: 'Category',
    },
    credit: {
      photo: 'Photo: {{credit}}',
      illustration: 'Illustration: {{credit}}',
      source: 'Source: {{credit}}',
    },
  },
});
