/**
 * Where each fact comes from, and the exact version the fact base cites.
 *
 * A source is either
 * - `archived`: a file at one commit of a public GitHub repository. Used wherever Microsoft no longer
 *   publishes the page, or no longer publishes the cited version of it (the 21Vianet pages, the 2020
 *   localized pages, the 2023 Partner Center files of DOMAIN-GDAP.md's [KV] snapshot). Every commit
 *   below was read in a snapshot of its repository and its file compared with the version cited:
 *   the seeds in shared/seeds are byte-identical to the blob at the commit given (same git blob id);
 *   [KV] files carry the ms.date the fact base quotes.
 * - `live`: a page as it is published today, where the current page is what is cited
 *   (DOMAIN-GDAP.md's [LRN] pages, Microsoft Graph reference pages, public partner reports).
 *
 * Microsoft's English repository MicrosoftDocs/partner-center-pr is not public; its localized copies
 * (…/partner-center-pr.ko-kr, …/partner-center-pr.zh-tw, ending in 2021) are, and so is
 * kvamseek/partner-center, a copy of the English `partner-center/` folder at 2023-10-23.
 */

/** Languages a cited version is written in (as in the files' ms.contentlocale). */
export type CitedLocale = 'en-US' | 'ko-KR' | 'zh-TW' | 'ja-JP' | 'th-TH';

export interface ArchivedFile {
  /** GitHub owner/name. */
  repo: string;
  /** The full 40-hex commit whose file is the version cited. */
  commit: string;
  /** The file's path in that commit. */
  path: string;
  /** The language of the file. */
  locale: 'en-US' | 'ko-KR' | 'zh-TW';
  /** The file's ms.date (ISO; two dates where the file carries two). */
  msDate: string;
  /** Set when the repository is a public copy of Microsoft's documentation, not Microsoft's own. */
  copyOf?: 'MicrosoftDocs/partner-center-pr';
}

interface SourceBase {
  /** seed: a localized page in shared/seeds; doc: Microsoft documentation; report: a public partner report, not Microsoft's. */
  kind: 'seed' | 'doc' | 'report';
  title: string;
  /** Year of the version cited, where the fact base names the source by its year. */
  year?: number;
  /** The Partner Center the page is written for, where the page says so. */
  cloud?: 'global' | '21vianet';
}

export interface ArchivedSource extends SourceBase {
  archived: ArchivedFile;
  live?: never;
}

export interface LiveSource extends SourceBase {
  /**
   * The page as published today, without a language segment for learn.microsoft.com: Microsoft Learn
   * serves the current version in every language, so the link opens it in the reader's.
   */
  live: string;
  /** The languages the fact base read the page in. */
  readIn: readonly CitedLocale[];
  archived?: never;
}

export type Source = ArchivedSource | LiveSource;

const KO_KR = 'MicrosoftDocs/partner-center-pr.ko-kr';
const ZH_TW = 'MicrosoftDocs/partner-center-pr.zh-tw';
/** DOMAIN-GDAP.md [KV]: kvamseek/partner-center at 85eb3c40 (2023-10-23), a copy of Microsoft's `partner-center/` folder. */
const KV = { repo: 'kvamseek/partner-center', commit: '85eb3c40f4925934e4e7100d4a97d951aa679052', locale: 'en-US', copyOf: 'MicrosoftDocs/partner-center-pr' } as const;

export const SOURCES = {
  '000': {
    kind: 'seed',
    title: 'Request a reseller relationship with a customer (Partner Center operated by 21Vianet)',
    year: 2018,
    cloud: '21vianet',
    // seed 000 = blob 575ed52b (ms.date 10/29/2018, ms.locfileid 62132523), branch live-sxs
    archived: { repo: KO_KR, commit: '89da22ab23dda240c502b665df4887c319712c1a', path: 'Archive/China-request-a-relationship-with-a-customer.md', locale: 'ko-KR', msDate: '2018-10-29' },
  },
  '001': {
    kind: 'seed',
    title: 'How to request a reseller relationship with a customer in Partner Center',
    year: 2020,
    cloud: 'global',
    // seed 001 = blob a575deb4 (ms.date 06/17/2020, ms.locfileid 105548974), branch live
    archived: { repo: KO_KR, commit: '86484758a75f7513ccb499abe7c6ede385e24ad6', path: 'partner-center/request-a-relationship-with-a-customer.md', locale: 'ko-KR', msDate: '2020-06-17' },
  },
  '002': {
    kind: 'seed',
    title: 'Request a reseller relationship with a customer (Partner Center operated by 21Vianet)',
    year: 2018,
    cloud: '21vianet',
    // seed 002 = blob 4a3c5767 (ms.date 10/29/2018, ms.locfileid 57583971), branch master-sxs / live-sxs
    archived: { repo: ZH_TW, commit: '2df81a99db507d8f7684a89d47336ae7bea518c9', path: 'Archive/China-request-a-relationship-with-a-customer.md', locale: 'zh-TW', msDate: '2018-10-29' },
  },
  '003': {
    kind: 'seed',
    title: 'Multi-partner (Partner Center operated by 21Vianet)',
    year: 2018,
    cloud: '21vianet',
    // seed 003 = blob f04f5f52 (ms.date 10/29/2018, ms.locfileid 62132383), branch live-sxs
    archived: { repo: KO_KR, commit: '89da22ab23dda240c502b665df4887c319712c1a', path: 'Archive/China-multipartner.md', locale: 'ko-KR', msDate: '2018-10-29' },
  },
  '004': {
    kind: 'seed',
    title: 'Partner with indirect resellers in the CSP program',
    year: 2020,
    cloud: 'global',
    // seed 004 = blob 3f3577a6 (ms.date 07/01/2020, ms.locfileid 94567052): the indirect *provider* page, branch live-sxs
    archived: { repo: KO_KR, commit: '01506a5d3ae35997fd15a3e2c6fd2792db3b86e4', path: 'partner-center/indirect-provider-tasks-in-partner-center.md', locale: 'ko-KR', msDate: '2020-07-01' },
  },
  REV: {
    kind: 'doc',
    title: 'customers-revoke-admin-privileges.md',
    archived: { ...KV, path: 'customers-revoke-admin-privileges.md', msDate: '2023-09-20' },
  },
  MC: {
    kind: 'doc',
    title: 'multichannel.md',
    archived: { ...KV, path: 'multichannel.md', msDate: '2023-09-20' },
  },
  RM: {
    kind: 'doc',
    title: 'remove-a-relationship.md',
    archived: { ...KV, path: 'remove-a-relationship.md', msDate: '2021-11-01' },
  },
  SUP: {
    kind: 'doc',
    title: 'assign-support-contacts.md',
    archived: { ...KV, path: 'assign-support-contacts.md', msDate: '2023-09-26' },
  },
  IR: {
    kind: 'doc',
    title: 'indirect-reseller-tasks-in-partner-center.md',
    archived: { ...KV, path: 'indirect-reseller-tasks-in-partner-center.md', msDate: '2022-09-21' },
  },
  'dap-faq': {
    kind: 'doc',
    title: 'dap-faq.md',
    archived: { ...KV, path: 'dap-faq.md', msDate: '2023-06-09' },
  },
  'dap-monitor': {
    kind: 'doc',
    title: 'dap-monitor-self-serve-removal.md',
    archived: { ...KV, path: 'dap-monitor-self-serve-removal.md', msDate: '2023-08-09' },
  },
  'gdap-faq': {
    kind: 'doc',
    title: 'gdap-faq.md',
    // the file carries both dates (an unresolved merge in the copy), as DOMAIN-GDAP.md says
    archived: { ...KV, path: 'gdap-faq.md', msDate: '2023-08-10 / 2023-10-12' },
  },
  'gdap-transition': {
    kind: 'doc',
    title: 'gdap-microsoft-led-transition.md',
    archived: { ...KV, path: 'gdap-microsoft-led-transition.md', msDate: '2023-07-17' },
  },
  'gdap-faq-current': {
    kind: 'doc',
    title: 'customers/gdap-faq (current)',
    live: 'https://learn.microsoft.com/partner-center/customers/gdap-faq',
    readIn: ['ko-KR', 'zh-TW', 'ja-JP'],
  },
  'gdap-obtain': {
    kind: 'doc',
    title: 'gdap-obtain-admin-permissions-to-manage-customer.md',
    archived: { ...KV, path: 'gdap-obtain-admin-permissions-to-manage-customer.md', msDate: '2023-10-23' },
  },
  'gdap-approval': {
    kind: 'doc',
    title: 'gdap-customer-approval.md (2023)',
    archived: { ...KV, path: 'gdap-customer-approval.md', msDate: '2023-03-31' },
  },
  'gdap-approval-current': {
    kind: 'doc',
    title: 'customers/gdap-customer-approval (current)',
    live: 'https://learn.microsoft.com/partner-center/customers/gdap-customer-approval',
    readIn: ['th-TH'],
  },
  'gdap-assign': {
    kind: 'doc',
    title: 'gdap-assign-azure-ad-roles.md',
    archived: { ...KV, path: 'gdap-assign-azure-ad-roles.md', msDate: '2023-06-06' },
  },
  'gdap-introduction': {
    kind: 'doc',
    title: 'gdap-introduction.md',
    archived: { ...KV, path: 'gdap-introduction.md', msDate: '2023-07-31' },
  },
  'gdap-expiring': {
    kind: 'doc',
    title: 'gdap-expiring-notifications.md (2023)',
    archived: { ...KV, path: 'gdap-expiring-notifications.md', msDate: '2023-06-09' },
  },
  'gdap-expiring-current': {
    kind: 'doc',
    title: 'customers/gdap-expiring-notifications (current)',
    live: 'https://learn.microsoft.com/partner-center/customers/gdap-expiring-notifications',
    readIn: ['zh-TW'],
  },
  'gdap-auto-extend': {
    kind: 'doc',
    title: 'expiring-gdap-relationships-and-auto-extend-gdap',
    live: 'https://learn.microsoft.com/partner-center/customers/expiring-gdap-relationships-and-auto-extend-gdap',
    readIn: ['en-US'],
  },
  'gdap-analytics': {
    kind: 'doc',
    title: 'gdap-relationship-analytics.md',
    archived: { ...KV, path: 'gdap-relationship-analytics.md', msDate: '2023-03-21' },
  },
  'gdap-activity': {
    kind: 'doc',
    title: 'gdap-activity-logs.md',
    archived: { ...KV, path: 'gdap-activity-logs.md', msDate: '2023-03-21' },
  },
  'gdap-partner-terminate': {
    kind: 'doc',
    title: 'gdap-partner-terminate.md',
    archived: { ...KV, path: 'gdap-partner-terminate.md', msDate: '2023-06-21' },
  },
  'gdap-customer-terminate': {
    kind: 'doc',
    title: 'gdap-customer-terminate.md',
    archived: { ...KV, path: 'gdap-customer-terminate.md', msDate: '2023-03-21' },
  },
  'gdap-bulk-tool': {
    kind: 'doc',
    title: 'gdap-bulk-migration-tool.md',
    archived: { ...KV, path: 'gdap-bulk-migration-tool.md', msDate: '2023-05-24' },
  },
  'gdap-migration-faq': {
    kind: 'doc',
    title: 'gdap-migration-faq.md',
    archived: { ...KV, path: 'gdap-migration-faq.md', msDate: '2023-06-13' },
  },
  'gdap-workloads': {
    kind: 'doc',
    title: 'customers/gdap-supported-workloads',
    live: 'https://learn.microsoft.com/partner-center/customers/gdap-supported-workloads',
    readIn: ['ko-KR', 'zh-TW'],
  },
  'gdap-announcements': {
    kind: 'doc',
    title: 'Partner Center announcements, 2023',
    // the July page; the other 2023 months sit beside it in announcements/ at the same commit
    archived: { ...KV, path: 'announcements/2023-july.md', msDate: '2023-07-31' },
  },
  'create-customer': {
    kind: 'doc',
    title: 'developer/create-a-customer.md',
    archived: { ...KV, path: 'developer/create-a-customer.md', msDate: '2023-07-28' },
  },
  // Microsoft Graph: microsoftgraph/microsoft-graph-docs-contrib could not be brought here (too large),
  // so no commit of it is pinned; the current v1.0 reference page is linked.
  'graph-relationship': {
    kind: 'doc',
    title: 'Microsoft Graph: delegatedAdminRelationship',
    live: 'https://learn.microsoft.com/graph/api/resources/delegatedadminrelationship',
    readIn: ['en-US'],
  },
  'graph-request': {
    kind: 'doc',
    title: 'Microsoft Graph: delegatedAdminRelationshipRequest',
    live: 'https://learn.microsoft.com/graph/api/resources/delegatedadminrelationshiprequest',
    readIn: ['en-US'],
  },
  'graph-access-assignment': {
    kind: 'doc',
    title: 'Microsoft Graph: delegatedAdminAccessAssignment',
    live: 'https://learn.microsoft.com/graph/api/resources/delegatedadminaccessassignment',
    readIn: ['en-US'],
  },
  'graph-overview': {
    kind: 'doc',
    title: 'Microsoft Graph: delegated admin relationships API overview',
    live: 'https://learn.microsoft.com/graph/api/resources/delegatedadminrelationships-api-overview',
    readIn: ['en-US'],
  },
  'graph-create': {
    kind: 'doc',
    title: 'Microsoft Graph: create delegatedAdminRelationship',
    live: 'https://learn.microsoft.com/graph/api/tenantrelationship-post-delegatedadminrelationships',
    readIn: ['en-US'],
  },
  'graph-update': {
    kind: 'doc',
    title: 'Microsoft Graph: update delegatedAdminRelationship',
    live: 'https://learn.microsoft.com/graph/api/delegatedadminrelationship-update',
    readIn: ['en-US'],
  },
  'graph-reseller': {
    kind: 'doc',
    title: 'Microsoft Graph: resellerDelegatedAdminRelationship',
    live: 'https://learn.microsoft.com/graph/api/resources/resellerdelegatedadminrelationship',
    readIn: ['en-US'],
  },
  'cipp-2315': {
    kind: 'report',
    title: 'KelvinTegelaar/CIPP issue #2315 (April 2024)',
    live: 'https://github.com/KelvinTegelaar/CIPP/issues/2315',
    readIn: ['en-US'],
  },
  'cipp-5813': {
    kind: 'report',
    title: 'KelvinTegelaar/CIPP pull request #5813 (2026-04-08)',
    live: 'https://github.com/KelvinTegelaar/CIPP/pull/5813',
    readIn: ['en-US'],
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/** The GitHub page showing an archived file at its commit. */
export function archiveUrl(file: ArchivedFile): string {
  return `https://github.com/${file.repo}/blob/${file.commit}/${file.path}`;
}

/** The one version a source cites, as a key: two sources share a link only if they share this. */
export function citedVersion(id: SourceId): string {
  const source: Source = SOURCES[id];
  return source.archived
    ? `${source.archived.repo}@${source.archived.commit}:${source.archived.path}`
    : `${source.live} (current; read in ${source.readIn.join(', ')})`;
}
