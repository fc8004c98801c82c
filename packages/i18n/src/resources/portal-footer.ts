import { defineStrings } from './define.js';

export const portalFooter = defineStrings({
  nb: {
    contact: 'Kontakt oss',
    email: 'E-post',
    phone: 'Telefon',
    address: 'Adresse',
    organisationNumber: 'Organisasjonsnummer: {{number}}',
    aboutSite: 'Om nettstedet',
    accessibilityStatement: 'Tilgjengelighetserklæring',
    privacy: 'Personvernerklæring',
    cookieSettings: 'Innstillinger for informasjonskapsler',
  },
  nn: {
    contact: 'Kontakt oss',
    email: 'E-post',
    phone: 'Telefon',
    address: 'Adresse',
    organisationNumber: 'Organisasjonsnummer: {{number}}',
    aboutSite: 'Om nettstaden',
    accessibilityStatement: 'Tilgjengelegheitserklæring',
    privacy: 'Personvernerklæring',
    cookieSettings: 'Innstillingar for informasjonskapslar',
  },
  en: {
    contact: 'Contact us',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    organisationNumber: 'Organisation number: {{number}}',
    aboutSite: 'About this website',
    accessibilityStatement: 'Accessibility statement',
    privacy: 'Privacy notice',
    cookieSettings: 'Cookie settings',
  },
});
