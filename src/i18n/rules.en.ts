import type { RuleTexts } from './types';

export const rulesEn: RuleTexts = {
  'INV-01': {
    title: 'The invitation is an email the partner sends',
    text: 'In Partner Center the partner opens Customers > Request a reseller relationship. Partner Center prepares a draft email, which the partner opens in a mail app or copies to the clipboard, and then selects Done.',
  },
  'INV-02': {
    title: 'Edit the text, keep the link',
    text: 'The partner may reword the email, but the link must stay exactly as generated: it is personalized to the partner’s account and is what connects the customer to that partner.',
  },
  'INV-03': {
    title: 'One link for every customer (21Vianet)',
    text: 'In Partner Center operated by 21Vianet the link carries no customer information, so the partner can send the same link to every customer it invites.',
  },
  'INV-04': {
    title: 'The DAP checkbox decides whether admin rights are requested',
    text: 'In the global cloud the request has a checkbox to include delegated admin privileges for Azure Active Directory and Office 365. Checked, the request asks for DAP; cleared, it creates a reseller relationship without admin rights.',
  },
  'INV-05': {
    title: 'Azure subscriptions without admin rights',
    text: 'A partner that has a relationship without admin rights can still manage the Azure subscriptions it provisions for the customer.',
  },
  'INV-06': {
    title: 'US Government and Germany always request DAP',
    text: 'Partners in Microsoft Cloud for US Government and Microsoft Cloud Germany are not offered the option to request a relationship without admin rights: every request includes delegated admin privileges.',
  },
  'INV-07': {
    title: '21Vianet requests always include DAP',
    text: 'The 21Vianet request has no checkbox: requesting a reseller relationship always adds delegated admin privileges.',
  },
  'INV-08': {
    title: 'Same country or region only',
    text: 'A partner can request a reseller relationship only with customers in its own country or region.',
  },
  'INV-09': {
    title: 'Where the customer accepts',
    text: 'The link takes the customer to the Microsoft 365 admin center in the global cloud, the Microsoft Office admin portal in US Government and Germany, and the Office 365 admin center operated by 21Vianet in China.',
  },
  'INV-10': {
    title: 'A Global admin accepts',
    text: 'The person who accepts the invitation must be a Global admin of the customer’s tenant.',
  },
  'INV-11': {
    title: 'The Microsoft Customer Agreement comes first',
    text: 'A customer that has not yet accepted the Microsoft Customer Agreement is asked to accept it as part of accepting the invitation.',
  },
  'INV-12': {
    title: 'What acceptance establishes',
    text: 'Once the customer accepts, it appears in the partner’s customer list and the partner can provision and manage CSP subscriptions for it. On the Partner relationships page the customer sees all its partners and which of them hold delegated admin privileges for each service.',
  },
  'INV-13': {
    title: 'What DAP grants in the tenant',
    text: 'DAP gives the partner’s Admin agents group the Global administrator role and its Helpdesk agents group the Helpdesk administrator role in the customer’s tenant.',
  },
  'INV-14': {
    title: 'No DAP in new global requests from 2023-10-10',
    text: 'From 10 October 2023, reseller relationship requests in the global cloud no longer include DAP; granular delegated admin privileges (GDAP) replace it. The request link itself remains in use.',
  },
  'INV-15': {
    title: 'Admin rights can change later; obligations remain',
    text: 'The customer can later reassign or remove admin rights in the service’s admin portal. The partner remains bound to support the customer under its partner agreement until the two renegotiate. The request pages add that it may then ask Microsoft support to open a request on the customer’s behalf; later pages disagree (AMB-01).',
  },
  'NOR-01': {
    title: 'No bill unless you were the original reseller',
    text: 'In 21Vianet, requesting a relationship adds delegated admin privileges only. A partner that was not the original reseller of a subscription does not receive the bill for it.',
  },
  'NOR-02': {
    title: 'No changes to another reseller’s subscriptions',
    text: 'Such a partner also cannot remove seats, order add-ons, transition or migrate the subscription, or change its Partner of Record.',
  },
  'MP-01': {
    title: 'Several partners for different services',
    text: 'A customer may work with several resellers that specialize in different services. To join in, a partner requests delegated admin privileges from the customer.',
  },
  'MP-02': {
    title: 'What multi-partner never changes',
    text: 'Working with several partners does not change existing subscriptions, does not transition subscriptions or account ownership, does not change terms or obligations, and does not change the Partner of Record.',
  },
  'MC-01': {
    title: 'One CSP-transacting DAP partner per service',
    text: 'In the multichannel model a customer can have only one CSP-transacting partner with delegated admin privileges for each service.',
  },
  'DAP-01': {
    title: 'The customer can remove DAP',
    text: 'In its admin center the customer can remove delegated admin privileges from any or all of its partners, CSP resellers included.',
  },
  'DAP-02': {
    title: 'The commercial relationship continues',
    text: 'Removing DAP does not end the customer account or the commercial relationship; they continue unless the customer and the partner renegotiate.',
  },
  'DAP-03': {
    title: 'Support obligations continue',
    text: 'After DAP is removed the partner must still support the customer and follow its agreement: the China CSP reseller agreement in 21Vianet, the Microsoft Partner Agreement in the global cloud.',
  },
  'DAP-04': {
    title: 'Restoring DAP means a new request',
    text: 'To get delegated admin privileges back, the partner requests a reseller relationship again and the customer accepts it.',
  },
  'DAP-05': {
    title: 'Azure RBAC roles survive DAP removal',
    text: 'Removing DAP deletes the partner’s Azure AD role assignments. Azure RBAC roles the partner holds on Azure subscriptions stay until the customer removes them separately.',
  },
  'DAP-06': {
    title: 'The partner can remove DAP itself',
    text: 'An Admin agent of the partner can remove DAP from a customer in Partner Center, for example when the relationship has been inactive for more than 90 days.',
  },
  'IND-01': {
    title: 'Provider roles for reseller tasks',
    text: 'On the indirect provider’s side, a Global admin, User admin, Admin agent or Sales agent can carry out the indirect reseller tasks.',
  },
  'IND-02': {
    title: 'The reseller must already be enrolled',
    text: 'An indirect reseller must already be enrolled in the CSP program as an indirect reseller and have its own Partner Center account before a provider can partner with it.',
  },
  'IND-03': {
    title: 'The partnership request is an email',
    text: 'The provider selects Indirect resellers > Request a partnership. Partner Center prepares a draft email with a link personalized to the provider’s account; the text can be edited but the link must be kept. The provider then selects Done.',
  },
  'IND-04': {
    title: 'What an accepted partnership allows',
    text: 'After the reseller accepts, it appears in the provider’s list of indirect resellers. The provider can then add customers on its behalf, submit orders for its customers, associate it with subscriptions and make it the designated support contact.',
  },
  'IND-05': {
    title: 'The reseller’s MPN ID on a subscription',
    text: 'The Reseller (MPN ID) field of a subscription must hold the MPN ID of the Partner Location Account the reseller used to onboard. Only then does the reseller earn incentives and show as having an active Microsoft Partner Agreement.',
  },
  'IND-06': {
    title: 'Association delegates management',
    text: 'Associating a reseller with a new customer delegates account and subscription management: the reseller gets admin access to the customer’s subscriptions and services.',
  },
  'IND-07': {
    title: 'The add-customer wizard and its one-time password',
    text: 'The provider adds a customer with the reseller preselected, enters the customer’s details, chooses offers and license counts, reviews and submits. The confirmation shows the admin user name and a temporary password under Setup info only once. Cancel abandons the whole operation.',
  },
  'IND-08': {
    title: 'Adding subscriptions happens in Partner Center',
    text: 'The provider adds a subscription under Customers, choosing offers, licenses and optionally the reseller (for incentives), then can make the reseller the designated support contact. This is done in Partner Center, not in the Azure portal.',
  },
  'IND-09': {
    title: 'Removing a partnership',
    text: 'The provider can remove a partnership after confirming. The reseller leaves the list, but its associated customers are not removed and any DAP already granted stays. Partner Center sends no notice to the customer or the reseller; any legal notice is the provider’s duty, and the provider attests good faith and holds Microsoft harmless.',
  },
  'SUP-01': {
    title: 'Designated support contact',
    text: 'For new subscriptions the designated support contact is the indirect provider. It can be changed to an indirect reseller that holds delegated admin privileges for the customer.',
  },
  'AMB-01': {
    title: 'Microsoft support after DAP removal',
    question: 'After a customer removes DAP, can the partner still ask Microsoft support to open a request for that customer?',
    readings: {
      yes: 'Pages from 2018 to mid-2020 say yes: the partner can ask Microsoft support to open a request.',
      no: 'The page on removing admin privileges from late 2020 on says no, not until the relationship is established again.',
    },
  },
  'AMB-02': {
    title: 'Who may send the invitation',
    question: 'Which partner role may request a reseller relationship?',
    readings: {
      adminAgent: 'Some versions name the Admin agent.',
      globalAdmin: 'Some versions name the Global admin.',
      salesAgent: 'Some versions name the Sales agent.',
    },
  },
  'AMB-03': {
    title: 'Default state of the DAP checkbox',
    question: 'Is the checkbox for delegated admin privileges checked by default?',
    readings: {
      cleared: 'Text up to 2021 implies it starts cleared.',
      checked: 'Text from 2023 implies it starts checked.',
    },
  },
  'AMB-04': {
    title: 'A second DAP partner for the same service',
    question: 'If a second partner gets DAP for a service that already has a CSP-transacting partner with DAP, which of them holds it?',
    readings: {
      limitStated: 'The multichannel rule states the limit of one, but not how it is enforced.',
      tenantWide: 'In practice DAP is tenant-wide Global administrator access, not scoped to one service.',
    },
  },
  'AMB-05': {
    title: 'The date DAP left new global requests',
    question: 'On exactly which date did new reseller relationship requests in the global cloud stop including DAP?',
    readings: {
      sep25: 'Some pages give 25 September 2023.',
      oct09: 'Some pages give 9 October 2023.',
      oct10: 'Some pages give 10 October 2023.',
    },
  },
  'AMB-06': {
    title: 'Multi-partner in US Government and Germany',
    question: 'Do the multi-partner and multichannel rules apply in Microsoft Cloud for US Government and Microsoft Cloud Germany?',
    readings: {
      applies: 'Some versions of the pages present them as applying everywhere.',
      notStated: 'Other versions list only the global cloud and 21Vianet.',
    },
  },
  'AMB-07': {
    title: 'The reseller after a removed partnership',
    question: 'After a partnership is removed, does the reseller keep its admin access, its MPN ID on subscriptions and its support-contact role?',
    readings: {
      docsSay: 'The page only says the customers and the DAP already granted are unchanged.',
      unknown: 'Nothing is said about the reseller’s admin access, its MPN ID on subscriptions or its support-contact role.',
    },
  },
  'AMB-08': {
    title: 'Reusing the invitation link',
    question: 'Can the same invitation link be sent to several customers in the global cloud?',
    readings: {
      vianetOnly: 'Only the 21Vianet pages say the link carries no customer data and can be reused.',
      globalSilent: 'The global pages only call the link personalized to the partner’s account and say nothing about reuse.',
    },
  },
  'AMB-09': {
    title: 'Acceptance requirements outside the global cloud',
    question: 'Do the Microsoft Customer Agreement prompt and the Global admin requirement apply in 21Vianet, US Government and Germany?',
    readings: {
      globalStated: 'The global page states both requirements.',
      othersSilent: 'The 21Vianet pages, and the pages for US Government and Germany, do not mention them.',
    },
  },
};
