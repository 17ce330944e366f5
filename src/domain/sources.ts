/**
 * Where each fact comes from. Seeds are the localized Microsoft pages kept in shared/seeds;
 * public docs are files of the Partner Center documentation repository, cited by file name.
 */
export const SOURCES = {
  '000': {
    kind: 'seed',
    title: 'Request a reseller relationship with a customer (Partner Center operated by 21Vianet)',
    year: 2018,
    locale: 'ko-KR',
    url: 'https://learn.microsoft.com/partner-center/request-a-relationship-with-a-customer',
  },
  '001': {
    kind: 'seed',
    title: 'How to request a reseller relationship with a customer in Partner Center',
    year: 2020,
    locale: 'ko-KR',
    url: 'https://learn.microsoft.com/partner-center/request-a-relationship-with-a-customer',
  },
  '002': {
    kind: 'seed',
    title: 'Request a reseller relationship with a customer (Partner Center operated by 21Vianet)',
    year: 2018,
    locale: 'zh-TW',
    url: 'https://learn.microsoft.com/partner-center/request-a-relationship-with-a-customer',
  },
  '003': {
    kind: 'seed',
    title: 'Multi-partner (Partner Center operated by 21Vianet)',
    year: 2018,
    locale: 'ko-KR',
    url: 'https://learn.microsoft.com/partner-center/multipartner',
  },
  '004': {
    kind: 'seed',
    title: 'Partner with indirect resellers in the CSP program',
    year: 2020,
    locale: 'ko-KR',
    url: 'https://learn.microsoft.com/partner-center/indirect-reseller-tasks-in-partner-center',
  },
  REV: {
    kind: 'doc',
    title: 'customers-revoke-admin-privileges.md',
    url: 'https://learn.microsoft.com/partner-center/customers-revoke-admin-privileges',
  },
  MC: {
    kind: 'doc',
    title: 'multichannel.md',
    url: 'https://learn.microsoft.com/partner-center/multichannel',
  },
  RM: {
    kind: 'doc',
    title: 'remove-a-relationship.md',
    url: 'https://learn.microsoft.com/partner-center/remove-a-relationship',
  },
  SUP: {
    kind: 'doc',
    title: 'assign-support-contacts.md',
    url: 'https://learn.microsoft.com/partner-center/assign-support-contacts',
  },
  IR: {
    kind: 'doc',
    title: 'indirect-reseller-tasks-in-partner-center.md',
    url: 'https://learn.microsoft.com/partner-center/indirect-reseller-tasks-in-partner-center',
  },
  'dap-faq': {
    kind: 'doc',
    title: 'dap-faq.md',
    url: 'https://learn.microsoft.com/partner-center/dap-faq',
  },
  'dap-monitor': {
    kind: 'doc',
    title: 'dap-monitor-self-serve-removal.md',
    url: 'https://learn.microsoft.com/partner-center/dap-monitor-self-serve-removal',
  },
  'gdap-faq': {
    kind: 'doc',
    title: 'gdap-faq.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-faq',
  },
  'gdap-transition': {
    kind: 'doc',
    title: 'gdap-microsoft-led-transition.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-microsoft-led-transition',
  },
} as const satisfies Record<string, Source>;

export interface Source {
  kind: 'seed' | 'doc';
  title: string;
  year?: number;
  locale?: string;
  url: string;
}

export type SourceId = keyof typeof SOURCES;
