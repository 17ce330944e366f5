// @ts-check
/** The sidebar, in reading order; labels of groups in every locale (pages use their own titles). */
export const sidebar = [
  {
    label: 'Guides',
    translations: { ko: '가이드', 'zh-TW': '指南' },
    items: [
      { slug: 'guides/gdap' },
      { slug: 'guides/request-a-relationship' },
      { slug: 'guides/multi-partner' },
      { slug: 'guides/multichannel' },
      { slug: 'guides/remove-delegated-admin' },
      { slug: 'guides/indirect-resellers' },
      { slug: 'guides/indirect-customers-and-subscriptions' },
      { slug: 'guides/gdap-changes' },
    ],
  },
  {
    label: 'Reference',
    translations: { ko: '참조', 'zh-TW': '參考' },
    items: [{ slug: 'reference/glossary' }, { slug: 'reference/ambiguities' }, { slug: 'reference/scenario-files' }],
  },
  {
    label: 'Simulators',
    translations: { ko: '시뮬레이터', 'zh-TW': '模擬器' },
    items: [
      { slug: 'simulators' },
      { slug: 'simulators/gdap' },
      { slug: 'simulators/invitation' },
      { slug: 'simulators/dap-revocation' },
      { slug: 'simulators/multi-partner' },
      { slug: 'simulators/indirect-reseller' },
    ],
  },
];
