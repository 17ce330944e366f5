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
  'GDAP-01': {
    title: 'An Admin agent requests GDAP',
    text: 'In the global cloud, only a partner user with the Partner Center Admin agent role can create a GDAP relationship request. The path is Customers > the customer > Admin relationships > Request for new relationship (older screens say Request admin relationship).',
  },
  'GDAP-02': {
    title: 'What the request form asks for',
    text: 'The global request form asks for an admin relationship name, which must be unique and which the customer sees in the Microsoft 365 admin center; a duration in days, after which the relationship expires automatically; and the Microsoft Entra roles, added or removed in a side panel before finalizing: built-in roles only (custom roles are not supported), Global Administrator included. Auto extend is No by default, and Yes means the relationship does not expire but is extended by six months. The partner then selects Finalize request.',
  },
  'GDAP-03': {
    title: 'The request in Microsoft Graph',
    text: 'In Microsoft Graph (global cloud; see AMB-21), a relationship requires a displayName of at most 50 characters, unique across all of the partner’s relationships, a duration from P1D to P2Y inclusive, and its roles in accessDetails.unifiedRoles. The customer is optional: a relationship can be created for one specific customer or for approval by any customer. autoExtendDuration is optional and takes P0D, PT0S or P180D, with PT0S as the default.',
  },
  'GDAP-04': {
    title: 'From one day to two years',
    text: 'In the global cloud the partner sets the duration: two years by default and at most, one day at least; other pages state it as 1 to 730 days. There are no permanent GDAP relationships, and every role in a relationship expires at the same time, when the relationship’s duration ends.',
  },
  'GDAP-05': {
    title: 'Edit the email, keep the link',
    text: 'After Finalize request, Partner Center (global cloud) shows the draft email in a Request box. The partner may edit the text but must not change the link under “Click to review and accept”, which is personalized to the partner’s account. It then selects Done and sends the email itself.',
  },
  'GDAP-06': {
    title: 'The request and its link in Microsoft Graph',
    text: 'In Microsoft Graph (global cloud; see AMB-21), the partner creates the relationship, which starts as created, then posts a request with the action lockForApproval. The invitation link sent to the customer for approval is https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/ followed by the relationship’s ID.',
  },
  'GDAP-07': {
    title: 'Unanswered requests expire after 90 days',
    text: 'In the global cloud, a GDAP relationship request that the customer does not act on expires after 90 days.',
  },
  'GDAP-08': {
    title: 'One customer per link, several relationships per customer',
    text: 'In the global cloud, a relationship link that a customer has accepted cannot be reused for other customers. A customer can have several GDAP relationships, each with its own roles and security groups. Creating many relationships at once is possible only through the API, not in the Partner Center screens.',
  },
  'GDAP-09': {
    title: 'The customer’s Global admin approves',
    text: 'In the global cloud, a Global admin of the customer approves the request: they open the link in the invitation email, which leads to the Approve partner roles page in the Microsoft 365 admin center, and select Approve all. Approve all is the only action any source describes (AMB-26).',
  },
  'GDAP-10': {
    title: 'What both sides see after approval',
    text: 'In the global cloud, partner and customer each receive a confirmation email when the customer approves. The partner finds the relationship in its Granular administration list (2023 pages; newer pages mention GDAP status emails sent “on a bi-monthly basis” and GDAP relationship analytics). The customer sees it by name under Settings > Partner relationships in the Microsoft 365 admin center, where an Expired filter shows expired ones.',
  },
  'GDAP-11': {
    title: '2023 page: remove DAP before approving',
    text: 'The 2023 version of the customer approval page (global cloud) sets a prerequisite: the customer first removes the DAP roles, listed with the relationship type Reseller on Partner relationships, “so DAP doesn’t override GDAP”. The newer version of the page has no such step (AMB-14).',
  },
  'GDAP-12': {
    title: 'The status values',
    text: 'In Microsoft Graph (global cloud; see AMB-21), the status of a GDAP relationship is one of created, approvalPending, approved, activating, active, expiring, expired, terminationRequested, terminating and terminated, or unknownFutureValue.',
  },
  'GDAP-13': {
    title: 'Created: the only status open to changes',
    text: 'A relationship the partner creates starts as created (Microsoft Graph, global cloud). Only while it is created can the partner change its name, duration, customer and roles, and only a created relationship can be deleted.',
  },
  'GDAP-14': {
    title: 'Finalizing locks the request for approval',
    text: 'When the partner finalizes the request (request action lockForApproval), the relationship moves from created to approvalPending (Microsoft Graph, global cloud).',
  },
  'GDAP-15': {
    title: 'Approval, then activation',
    text: 'When the customer approves (Graph: “through the approve action”), the relationship moves from approvalPending to approved, and the system then provisions it through activating to active. Its end date is the activation date plus the duration: endDateTime = activatedDateTime + duration (Microsoft Graph, global cloud).',
  },
  'GDAP-16': {
    title: 'Termination: requested, terminating, terminated',
    text: 'The partner (request action terminate, allowed only while the relationship is active) or the customer can request termination, which moves an active relationship to terminationRequested. The system then deprovisions it through terminating to terminated (Microsoft Graph, global cloud).',
  },
  'GDAP-17': {
    title: 'Expiry: expiring, then expired',
    text: 'An active relationship that has passed its expiration date becomes expiring, and expired once the system completes the deprovisioning. With autoExtendDuration set to PT0S it expires at its endDateTime and is not extended (Microsoft Graph, global cloud).',
  },
  'GDAP-18': {
    title: 'What can still change later',
    text: 'Under the current Graph rules (global cloud), the relationship as a whole can be edited only while created, auto-extend can be changed while created or active, and the Global Administrator role can be removed only while the relationship is active, as a long-running operation. An older version of the page allowed updates in the created status only.',
  },
  'GDAP-19': {
    title: 'Request actions, and approval by an indirect reseller',
    text: 'A relationship request in Microsoft Graph (global cloud) carries one of the actions lockForApproval, approve, terminate or reject, a list Microsoft may extend. Approve and reject are for an indirect reseller acting on a relationship that an indirect provider created for it, while that relationship is approvalPending. The request itself is created, pending, succeeded or failed.',
  },
  'GDAP-20': {
    title: 'Old relationships are cleaned up',
    text: 'In the global cloud, relationships that have been expired or terminated for one year, and relationships that have been in Approval pending for 90 days, are cleaned up and are no longer visible to the customer or the partner.',
  },
  'GDAP-21': {
    title: 'Approval alone gives no access',
    text: 'In the global cloud, approval gives partner users nothing by itself: the partner must assign the approved roles to its security groups (Customers > the customer > Admin relationships > the relationship > Security groups, add the groups, select the roles, Save). Until then no partner user can administer on behalf of the customer (AOBO); Partner Center marks a relationship without access assignments with a yellow warning icon. A new assignment shows Pending, then Active after about 30 seconds.',
  },
  'GDAP-22': {
    title: 'Access assignments: a group and its roles',
    text: 'In Microsoft Graph (global cloud; see AMB-21), an access assignment joins one of the partner’s own security groups with roles from the relationship; once it is active (statuses pending, active, deleting, deleted, error), the group’s members get those roles. The partner may use custom groups, one group for all customers or one per customer; the API maps one group per call and Partner Center several at once. Roles that are not in the relationship cannot be assigned.',
  },
  'GDAP-23': {
    title: 'Admin agents no longer reach every customer',
    text: 'Under GDAP (global cloud), members of the Admin agents group no longer have access to every customer by default. The people who manage Azure go in a separate security group nested in the Admin agents group, which holds the Owner role (Azure RBAC) on the customer’s Azure subscriptions; the Admin agents group becomes Owner of the Azure subscriptions the partner provisions.',
  },
  'GDAP-24': {
    title: 'The Admin agent role is about buying',
    text: 'In the global cloud, the Partner Center Admin agent role is about commerce: a user taken out of Admin agent and placed only in a GDAP security group can administer services and log service requests, but cannot purchase or manage subscriptions.',
  },
  'GDAP-25': {
    title: 'Where DAP and GDAP meet, GDAP wins',
    text: 'In the global cloud, when a user is both in a GDAP security group and in Admin agents, and the customer has both DAP and GDAP, GDAP wins: DAP Global admin plus GDAP Global Reader gives Global Reader only. A user only in Admin agents gets DAP access where the customer still has DAP, and no access at all to a customer that has GDAP only.',
  },
  'GDAP-26': {
    title: 'Support tickets need Service support administrator',
    text: 'In the global cloud, opening support tickets for a customer requires the Service support administrator role through a GDAP security group, whatever the support plan, Premier included; a relationship without Microsoft Entra roles cannot be used for tickets. Guest accounts work with neither GDAP nor DAP.',
  },
  'GDAP-27': {
    title: 'Expiry and its reminders',
    text: 'In the global cloud, a relationship expires automatically once its duration has passed; the 2023 page has emails go to partner and customer 30, 7 and 1 day before and on the expiry date. After expiry, members of the assigned security groups lose access and Partner Center shows the status expired. The customer’s existing subscriptions are not affected.',
  },
  'GDAP-28': {
    title: 'Auto-extend: six more months, again and again',
    text: 'From 30 October 2023 in the global cloud, a relationship with auto-extend on does not expire on its last day but is extended by six months (API value P180D; the FAQ’s example extends a 365-day relationship by 180 days on day 365). This repeats until the relationship is terminated or auto-extend is switched off, and needs no new request, consent or access assignment.',
  },
  'GDAP-29': {
    title: 'Switching auto-extend on and off',
    text: 'In the global cloud, an Admin agent switches auto-extend on or off for one or several active relationships (newer text: up to 25), and no email is sent when it does. Any active relationship can be auto-extended, whether it came from the partner-led tool (PLT), the Microsoft-led transition (MLT), the Partner Center screens or the API; with auto-extend off, the partner is notified 30, 7 and 1 day before expiry. The feature was announced for “October 2023” in August 2023, then as “Starting October 30, 2023”.',
  },
  'GDAP-30': {
    title: 'Auto-extend and Global Administrator',
    text: 'The newer auto-extend page (global cloud) has a section headed “Don’t autoextend GDAP with Global Administrator”. Its body was not retrieved, so whether the service blocks auto-extend in that case or only advises against it is not stated (AMB-12).',
  },
  'GDAP-31': {
    title: 'After expiry: a new request',
    text: 'In the global cloud, the way to renew an expired relationship is to request a new GDAP relationship, which the customer approves again. The partner can track relationships expiring in the next 60 days, and expired ones, in Insights > GDAP relationship analytics.',
  },
  'GDAP-32': {
    title: 'The partner terminates',
    text: 'In the global cloud, an Admin agent opens Customers > the customer > Admin relationships > the relationship, selects Terminate relationship and confirms. Members of the mapped security groups lose access, and partner and customer receive confirmation emails.',
  },
  'GDAP-33': {
    title: 'The customer removes the roles',
    text: 'In the global cloud, the customer opens Partner relationships in the Microsoft 365 admin center, selects the partner, then Remove roles and Yes; access ends and confirmation emails go out as when the partner terminates. The partner sees the removal in the Partner Center activity logs. Termination emails go to the partner’s Admin agent users and the customer’s Global admin users.',
  },
  'GDAP-34': {
    title: 'Ending GDAP leaves the reseller relationship',
    text: 'In the global cloud, removing all GDAP relationships does not end the reseller relationship: the partner can still purchase for the customer and manage its Azure budget. Removing GDAP does not remove Azure RBAC roles, and partner earned credit (PEC) is lost only if the RBAC role is removed.',
  },
  'GDAP-35': {
    title: 'The Microsoft-led transition',
    text: 'From 22 May 2023 (with a pause in June, resumed after July), Microsoft created a GDAP relationship for DAP customers in the global cloud, named MLT_ followed by eight characters of the partner’s tenant ID, eight of the customer’s and an eight-digit random number. It was active at once, even under the customer’s Conditional Access, lasted one year, and had its roles assigned to the partner’s predefined CSP groups; no email went to customers or partners (only audit logs record it). DAP was removed 30 days after the GDAP relationship was created.',
  },
  'GDAP-36': {
    title: 'The roles of the Microsoft-led GDAP',
    text: 'In the global cloud, the GDAP of the Microsoft-led transition gives the Admin agents group Directory readers, Directory writers, Global Reader (added in July 2023), License administrator, User administrator, Privileged role administrator, Privileged authentication administrator, Service support administrator and Helpdesk administrator. The Helpdesk agents group gets Service support administrator and Helpdesk administrator.',
  },
  'GDAP-37': {
    title: 'Which customers the transition covered',
    text: 'In the global cloud, the transition was for customers with DAP and no GDAP; customers with DAP and a GDAP of the partner’s own were left out, and their DAP was to be removed in July 2023 (also “by the end of July 2023”). Customers with a GDAP pending approval, or an expired or terminated one, were marked “No” with a footnote: pending ones are cleaned up after three months, a GDAP that expired less than 365 days earlier means no new GDAP, and one older than 365 days is removed. A partner could opt a customer out by creating a GDAP relationship or by removing DAP.',
  },
  'GDAP-38': {
    title: 'The bulk migration tool',
    text: 'In the global cloud, partners could run an open-source .NET bulk migration tool (GitHub microsoft/PartnerCenter-GDAPTransition) that created GDAP relationships with implied customer consent wherever an active or inactive DAP existed, and that could also remove DAP in bulk. It was available through the end of November 2023.',
  },
  'GDAP-39': {
    title: 'Removing DAP in Security Center',
    text: 'In the global cloud, the partner’s Admin agents review Security Center > Administrative relationships, which shows sign-in activity since 7 December 2021, select one or many customers, disable DAP, and can email the customers. Removal is recommended after more than 90 days without activity (the same page also says 60). In July 2023 Microsoft announced that when DAP creation stopped for new customers in September 2023, it would remove any remaining DAPs.',
  },
  'GDAP-40': {
    title: 'Default GDAP for new customers',
    text: 'In the global cloud, a newly created customer no longer gets DAP but a Default GDAP: in Sandbox from 25 September 2023 (API only), in production from 10 October 2023 (API and Partner Center, with opt-in or opt-out), and by default in the API from 1 November 2023 when the enableGDAPByDefault flag is not sent. Its roles depend on the partner type (up to 11 common roles; domain partners also get External Identity Provider Admin and Domain Name Admin; Advisors none), and the partner must still assign security groups. Reseller relationship requests no longer carry DAP either (the dates differ, AMB-15), yet the Request Reseller Relationship link remains and GET /v1/customers/relationshiprequests still returns the invitation URL.',
  },
  'GDAP-41': {
    title: 'Selling needs no GDAP; managing does',
    text: 'In the global cloud, fulfilling orders, creating an Azure plan and provisioning Azure subscriptions need no GDAP or DAP; managing needs GDAP (for Azure at least Directory Readers, with the security group made a member of Admin agents). With only a reseller relationship the partner can create customers, place and manage orders, download software keys and manage Azure reserved instances, but cannot view company details, view users or assign licenses, log tickets for the customer, or use the product admin centers.',
  },
  'GDAP-42': {
    title: 'GDAP without a reseller relationship',
    text: 'For an existing customer with no reseller relationship, the newer request page (global cloud) says to select Administer in the left navigation, then Request admin relationship. The 404 error that partners with no existing reseller relationship got on New Relationship was fixed in April 2023.',
  },
  'GDAP-43': {
    title: 'Indirect resellers can hold GDAP',
    text: 'In the global cloud, direct-bill partners, indirect providers and indirect resellers can all create GDAP requests. An indirect provider can also create a relationship for an indirect reseller, which that reseller approves or rejects (in Microsoft Graph: resellerDelegatedAdminRelationship, with isPartnerConsentPending).',
  },
  'GDAP-44': {
    title: 'No GDAP for Enterprise Agreement subscriptions',
    text: 'The current GDAP FAQ (global cloud; read in its Korean, Chinese and Japanese versions) says that GDAP relationships do not support subscriptions purchased through an Enterprise Agreement.',
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
  'AMB-10': {
    title: 'Can GDAP renew itself?',
    question: 'Can a GDAP relationship renew itself when its duration runs out?',
    readings: {
      noRenewal: 'The GDAP FAQ of August and October 2023 says no: a GDAP relationship cannot renew automatically, and there is no automatic renewal process.',
      autoExtend: 'The current FAQ and the auto-extend page say yes, through auto-extend by six months, a feature announced for 30 October 2023; the request page dated 23 October 2023 already shows the Auto extend switch.',
    },
  },
  'AMB-11': {
    title: 'Six months or 180 days',
    question: 'How long is one auto-extension: six calendar months or 180 days?',
    readings: {
      sixMonths: 'The Partner Center screen and the FAQ say six months.',
      p180d: 'Microsoft Graph uses the value P180D and the FAQ’s own example renews by 180 days; which of the two the service applies is not stated.',
    },
  },
  'AMB-12': {
    title: 'Auto-extend with Global Administrator',
    question: 'Can a relationship that includes Global Administrator be auto-extended, and if not, does the service block it or only advise against it?',
    readings: {
      advisedAgainst: 'The newer auto-extend page has a section headed “Don’t autoextend GDAP with Global Administrator”; its body was not retrieved, so it is not stated whether this is a block or advice.',
      blocked: 'A partner’s public report, not Microsoft’s text, says relationships can be extended only without the Global Administrator role.',
      removable: 'Microsoft Graph says the Global Administrator role can be removed from an active relationship, without saying what that changes for auto-extend.',
    },
  },
  'AMB-13': {
    title: 'Who switches auto-extend on',
    question: 'Who can switch auto-extend on: only the partner, or the customer as well?',
    readings: {
      partnerOnly: 'The auto-extend page names the partner’s Admin agent as the role that does it.',
      partnerOrCustomer: 'The current FAQ (Japanese and Chinese versions) says the partner or the customer must set Auto extend to Enabled, but no source describes a switch on the customer’s side.',
    },
  },
  'AMB-14': {
    title: 'Removing DAP before approving GDAP',
    question: 'Must the customer remove DAP before it approves a GDAP relationship?',
    readings: {
      removeDapFirst: 'The customer approval page of March 2023, still published at its old address, says yes: it is a prerequisite.',
      noPrerequisite: 'The newer customer approval page sets no such prerequisite.',
      gdapPrevails: 'The FAQ and the Microsoft-led transition page require nothing of the kind: where both exist, GDAP simply takes precedence over DAP.',
    },
  },
  'AMB-15': {
    title: 'When new requests lost DAP',
    question: 'From which date do reseller relationship requests carry no DAP, and new customers get Default GDAP instead?',
    readings: {
      sep25: 'The July 2023 announcement gives 25 September 2023, which the FAQ table gives as the date for Sandbox.',
      oct09: 'The September 2023 announcement and one sentence of the FAQ give 9 October 2023.',
      oct10: 'The FAQ table gives 10 October 2023 for production (API and Partner Center), and 1 November 2023 for the change of the API default.',
    },
  },
  'AMB-16': {
    title: 'Default GDAP roles by partner type',
    question: 'Which Default GDAP roles does each type of partner get?',
    readings: {
      announcement: 'The May 2023 announcement, with three partner types, gives Cloud application administrator and Application administrator to indirect providers only.',
      faqTable: 'The FAQ table, with seven partner types, gives those two roles to direct-bill partners, indirect providers, domain partners and CPVs but not to indirect resellers, adds External Identity Provider Admin and Domain Name Admin for domain partners, and gives Advisors no roles.',
    },
  },
  'AMB-17': {
    title: 'Eight or nine transition roles',
    question: 'How many roles does the GDAP created by the Microsoft-led transition carry?',
    readings: {
      eight: 'The transition page speaks of “eight default roles”, and the April 2023 announcement lists eight.',
      nine: 'The same transition page lists nine, Global Reader included, and the July 2023 announcement speaks of nine roles; when Global Reader was added (May, June or July 2023) the pages state inconsistently.',
    },
  },
  'AMB-18': {
    title: 'Notice of the transition GDAP',
    question: 'Were partners notified when Microsoft created the GDAP of the Microsoft-led transition?',
    readings: {
      notified: 'The announcement of 18 May 2023 says a notification goes to the users in the Admin agents security group.',
      notNotified: 'Its update of 23 May 2023 says notifications are suppressed, and the transition page says partners will not receive notifications.',
    },
  },
  'AMB-19': {
    title: 'When the transition removed DAP',
    question: 'When was DAP removed during the transition to GDAP?',
    readings: {
      thirtyDays: 'The transition page says DAP was removed 30 days after Microsoft created the transition GDAP.',
      july2023: 'For partners that had a GDAP of their own, the pages say in July 2023, or by the end of July 2023.',
      september2023: 'The July 2023 announcement says the remaining DAPs are removed when DAP creation stops for new customers in September 2023, and in October 2023 Microsoft said it had begun removing DAP.',
    },
  },
  'AMB-20': {
    title: 'A request nobody approves',
    question: 'What happens to a GDAP request that is never approved?',
    readings: {
      expires: 'The FAQ says it expires after 90 days.',
      cleanedUp: 'The activity log page says relationships in Approval pending are cleaned up after 90 days, and the transition page says they are cleaned out after three months.',
      noStatus: 'Microsoft Graph has no status for a request that lapses: it documents no change from approvalPending to expired.',
    },
  },
  'AMB-21': {
    title: 'GDAP in the national clouds',
    question: 'Are the GDAP APIs available in the national clouds, 21Vianet and US Government?',
    readings: {
      globalOnly: 'The repository versions of the Graph pages for creating a relationship, creating an access assignment and deleting a relationship (the last dated April 2024) mark them available in the global cloud only, not in US Government L4 or L5 or in 21Vianet.',
      allClouds: 'The current English Graph pages for creating, requesting and updating mark them available in all four clouds.',
      notVianet: 'The German and Portuguese versions of those pages mark them available in the global cloud and US Government L4 and L5 but not in 21Vianet; no Partner Center GDAP page mentions any national cloud.',
    },
  },
  'AMB-22': {
    title: 'Who assigns roles to security groups',
    question: 'Which partner roles can assign the approved roles to security groups?',
    readings: {
      threeRoles: 'The page of June 2023 names the Global admin, the User management admin and the Admin agent.',
      adminAgentOnly: 'The current English page names the Admin agent only.',
    },
  },
  'AMB-23': {
    title: 'Where the name must be unique',
    question: 'Among which relationships must the name of a GDAP relationship be unique?',
    readings: {
      acrossPartner: 'Microsoft Graph v1.0 says among all of the partner’s relationships.',
      perCustomer: 'An older Graph beta page says among all the partner’s relationships with that customer.',
      perPartnerTenant: 'The bulk migration tool page says per partner tenant, so a customer may hold the same name from different partners.',
    },
  },
  'AMB-24': {
    title: 'Who performs the approve action',
    question: 'Who performs the approve action on a GDAP relationship in Microsoft Graph?',
    readings: {
      customer: 'The Graph status table says the customer has approved the relationship “through the approve action”.',
      indirectReseller: 'The Graph request page reserves approve and reject for an indirect reseller approving a relationship its indirect provider created; customers approve in the Microsoft 365 admin center.',
    },
  },
  'AMB-25': {
    title: 'What the partner-led tool is',
    question: 'What is the “partner-led tool” (PLT) that the pages mention?',
    readings: {
      partnerCenter: 'The July 2023 announcement calls the Partner Center screens or API “a partner-led tool”.',
      separateTool: 'The current FAQ (Japanese version) lists PLT, MLT, the Partner Center screens and the Partner Center API as four separate origins, and no page read calls the bulk migration tool PLT.',
    },
  },
  'AMB-26': {
    title: 'Approving some roles, or declining',
    question: 'Can a customer approve only some of the requested roles, or decline the request?',
    readings: {
      approveAll: 'The customer approval pages describe only Approve all, with no partial approval and no way to decline.',
      resellerOnly: 'Microsoft Graph has a reject action, but only for an indirect reseller, not for a customer.',
    },
  },
  'AMB-27': {
    title: 'When expiry reminders go out',
    question: 'When, and to whom, are reminders of an expiring relationship sent?',
    readings: {
      partnerAndCustomer: 'The 2023 page says to partner and customer, 30, 7 and 1 day before and on the expiry date.',
      partnerWhenDisabled: 'The auto-extend page says to the partner, 30, 7 and 1 day before expiry, when auto-extend is off.',
      noDayCounts: 'The current Chinese expiry page mentions reminders but gives no day counts.',
    },
  },
  'AMB-28': {
    title: 'Microsoft’s Korean and Chinese wording',
    question: 'Which Korean and Chinese words does Microsoft use for the GDAP terms?',
    readings: {
      korean: 'Microsoft’s Korean pages vary: GDAP is 세분화된 위임 관리자 권한 or 세분화된 위임된 관리자 권한, the Admin agent role is 관리 에이전트 but the group 관리자 에이전트, and Global admin is 전역 관리자 today but 글로벌 관리자 in 2020.',
      chinese: 'Microsoft’s Traditional Chinese pages vary too: Admin agent is 系統管理員代理程式, 系統管理代理程式 or (2020) 系統管理代理人, Global admin is 全域管理員 or 全域系統管理員, reseller is 轉銷商 or 經銷商 on the same 2020 page, and security group is 安全性群組 (2020) or 安全組 (GDAP expiry page).',
    },
  },
  'AMB-29': {
    title: 'Which customer role ends GDAP',
    question: 'Which customer role may remove the partner’s roles and so end a GDAP relationship?',
    readings: {
      noCustomerRole: 'The page on customers ending GDAP names only the Admin agent, a partner role, and describes the customer’s steps without naming a customer role.',
      globalAdmin: 'The DAP page says customers sign in to the admin center as a Global admin.',
    },
  },
  'AMB-30': {
    title: 'Default GDAP in the national clouds',
    question: 'Does Default GDAP at customer creation apply in 21Vianet and US Government?',
    readings: {
      headerListsClouds: 'The developer page on creating a customer (July 2023) says it applies to Partner Center, Partner Center operated by 21Vianet and US Government, and documents enableGDAPByDefault, but describes no behaviour specific to any cloud.',
      timelineUnqualified: 'The GDAP FAQ gives its Default GDAP timeline without naming any cloud.',
    },
  },
  'AMB-31': {
    title: 'DAP in US Government and Germany requests',
    question: 'In US Government and Germany, do reseller relationship requests still carry DAP after October 2023?',
    readings: {
      alwaysDap: 'The request pages, still in their June 2023 version, say the option to request a relationship without admin rights is not available there, so DAP is always requested.',
      announcementsSilent: 'The 2023 announcements that DAP no longer comes with reseller relationships do not mention the national clouds.',
    },
  },
  'AMB-32': {
    title: 'Customer users who are not Global admins',
    question: 'Can a customer user who is not a Global admin approve or end a GDAP relationship?',
    readings: {
      globalAdminOnly: 'The Partner Center pages name the customer’s Global admin as the approver.',
      newEntraRole: 'A public change to a widely used partner tool (8 April 2026) reports a new Microsoft Entra role, Customer Delegated Admin Relationship Administrator, that can accept, list and terminate GDAP relationships for its tenant; no Partner Center page read says so.',
    },
  },
};
