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
  'gdap-faq-current': {
    kind: 'doc',
    title: 'customers/gdap-faq (current)',
    url: 'https://learn.microsoft.com/partner-center/customers/gdap-faq',
  },
  'gdap-obtain': {
    kind: 'doc',
    title: 'gdap-obtain-admin-permissions-to-manage-customer.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-obtain-admin-permissions-to-manage-customer',
  },
  'gdap-approval': {
    kind: 'doc',
    title: 'gdap-customer-approval.md (2023)',
    url: 'https://learn.microsoft.com/partner-center/gdap-customer-approval',
  },
  'gdap-approval-current': {
    kind: 'doc',
    title: 'customers/gdap-customer-approval (current)',
    url: 'https://learn.microsoft.com/partner-center/customers/gdap-customer-approval',
  },
  'gdap-assign': {
    kind: 'doc',
    title: 'gdap-assign-azure-ad-roles.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-assign-azure-ad-roles',
  },
  'gdap-introduction': {
    kind: 'doc',
    title: 'gdap-introduction.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-introduction',
  },
  'gdap-expiring': {
    kind: 'doc',
    title: 'gdap-expiring-notifications.md (2023)',
    url: 'https://learn.microsoft.com/partner-center/gdap-expiring-notifications',
  },
  'gdap-expiring-current': {
    kind: 'doc',
    title: 'customers/gdap-expiring-notifications (current)',
    url: 'https://learn.microsoft.com/partner-center/customers/gdap-expiring-notifications',
  },
  'gdap-auto-extend': {
    kind: 'doc',
    title: 'expiring-gdap-relationships-and-auto-extend-gdap',
    url: 'https://learn.microsoft.com/partner-center/customers/expiring-gdap-relationships-and-auto-extend-gdap',
  },
  'gdap-analytics': {
    kind: 'doc',
    title: 'gdap-relationship-analytics.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-relationship-analytics',
  },
  'gdap-activity': {
    kind: 'doc',
    title: 'gdap-activity-logs.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-activity-logs',
  },
  'gdap-partner-terminate': {
    kind: 'doc',
    title: 'gdap-partner-terminate.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-partner-terminate',
  },
  'gdap-customer-terminate': {
    kind: 'doc',
    title: 'gdap-customer-terminate.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-customer-terminate',
  },
  'gdap-bulk-tool': {
    kind: 'doc',
    title: 'gdap-bulk-migration-tool.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-bulk-migration-tool',
  },
  'gdap-migration-faq': {
    kind: 'doc',
    title: 'gdap-migration-faq.md',
    url: 'https://learn.microsoft.com/partner-center/gdap-migration-faq',
  },
  'gdap-workloads': {
    kind: 'doc',
    title: 'customers/gdap-supported-workloads',
    url: 'https://learn.microsoft.com/partner-center/customers/gdap-supported-workloads',
  },
  'gdap-announcements': {
    kind: 'doc',
    title: 'Partner Center announcements, 2023',
    url: 'https://learn.microsoft.com/partner-center/announcements/2023-july',
  },
  'create-customer': {
    kind: 'doc',
    title: 'developer/create-a-customer.md',
    url: 'https://learn.microsoft.com/partner-center/developer/create-a-customer',
  },
  'graph-relationship': {
    kind: 'doc',
    title: 'Microsoft Graph: delegatedAdminRelationship',
    url: 'https://learn.microsoft.com/graph/api/resources/delegatedadminrelationship',
  },
  'graph-request': {
    kind: 'doc',
    title: 'Microsoft Graph: delegatedAdminRelationshipRequest',
    url: 'https://learn.microsoft.com/graph/api/resources/delegatedadminrelationshiprequest',
  },
  'graph-access-assignment': {
    kind: 'doc',
    title: 'Microsoft Graph: delegatedAdminAccessAssignment',
    url: 'https://learn.microsoft.com/graph/api/resources/delegatedadminaccessassignment',
  },
  'graph-overview': {
    kind: 'doc',
    title: 'Microsoft Graph: delegated admin relationships API overview',
    url: 'https://learn.microsoft.com/graph/api/resources/delegatedadminrelationships-api-overview',
  },
  'graph-create': {
    kind: 'doc',
    title: 'Microsoft Graph: create delegatedAdminRelationship',
    url: 'https://learn.microsoft.com/graph/api/tenantrelationship-post-delegatedadminrelationships',
  },
  'graph-update': {
    kind: 'doc',
    title: 'Microsoft Graph: update delegatedAdminRelationship',
    url: 'https://learn.microsoft.com/graph/api/delegatedadminrelationship-update',
  },
  'graph-reseller': {
    kind: 'doc',
    title: 'Microsoft Graph: resellerDelegatedAdminRelationship',
    url: 'https://learn.microsoft.com/graph/api/resources/resellerdelegatedadminrelationship',
  },
  'cipp-2315': {
    kind: 'report',
    title: 'KelvinTegelaar/CIPP issue #2315 (April 2024)',
    url: 'https://github.com/KelvinTegelaar/CIPP/issues/2315',
  },
  'cipp-5813': {
    kind: 'report',
    title: 'KelvinTegelaar/CIPP pull request #5813 (2026-04-08)',
    url: 'https://github.com/KelvinTegelaar/CIPP/pull/5813',
  },
} as const satisfies Record<string, Source>;

export interface Source {
  /** seed: a localized page in shared/seeds; doc: Microsoft documentation; report: a public partner report, not Microsoft's. */
  kind: 'seed' | 'doc' | 'report';
  title: string;
  year?: number;
  locale?: string;
  url: string;
}

export type SourceId = keyof typeof SOURCES;
