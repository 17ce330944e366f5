/**
 * GDAP: the partner's relationship (its status and the roles in it), DAP where the customer still
 * gives it, the security group's access assignment, and what the partner user can do through it.
 */
import { GDAP_TASKS } from '../flows/gdap-model';
import type { PictureBuilder, PictureTie } from '../picture';
import { tieFromFact } from '../picture';

/** Statuses in which a relationship exists between request and end. */
const LIVE = ['created', 'approvalPending', 'approved', 'activating', 'active', 'expiring', 'terminationRequested', 'terminating'];

export const gdapPicture: PictureBuilder = (_given, { facts }) => {
  const status = facts.status === null ? null : String(facts.status);
  const detail = [status === null ? '' : `status:${status}`, facts.globalAdminRole === true ? 'role:globalAdmin' : '', facts.serviceSupportRole === true ? 'role:serviceSupport' : ''].filter(Boolean);
  // An unknown status is drawn as an unknown relationship; an ended one draws nothing.
  const relationship: PictureTie[] = status === null || LIVE.includes(status) ? [{ id: 'gdap', kind: 'gdap', holder: 'partner', known: status !== null, detail }] : [];
  return {
    parties: [
      { id: 'partner', kind: 'partner' },
      { id: 'securityGroup', kind: 'securityGroup' },
      { id: 'partnerUser', kind: 'partnerUser' },
    ],
    ties: [
      ...relationship,
      ...tieFromFact(facts.customerHasDap, { id: 'dap', kind: 'dap', holder: 'partner' }),
      ...(relationship.length ? tieFromFact(facts.groupAssigned, { id: 'accessAssignment', kind: 'accessAssignment', holder: 'securityGroup' }) : []),
      ...GDAP_TASKS.flatMap((task) => tieFromFact(facts[`task:${task}`], { id: `task:${task}`, kind: 'task', holder: 'partnerUser', detail: [`task:${task}`] })),
    ],
    slots: [],
  };
};
