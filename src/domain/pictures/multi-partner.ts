/** Several partners: each one's relationship, DAP and pending request; on the customer's side, who sold and who records each service. */
import type { MultiPartnerContext } from '../flows/multi-partner';
import { partnersOf, SERVICES } from '../flows/multi-partner';
import { NOT_APPLICABLE } from '../facts';
import type { PictureBuilder, PictureSlot, PictureTie } from '../picture';
import { partiesFromFact, tieFromFact } from '../picture';

export const multiPartnerPicture: PictureBuilder = (_given, { facts }, snapshot) => {
  const context = (snapshot as { context: MultiPartnerContext }).context;
  const partners = partnersOf(context.given);
  const ties: PictureTie[] = partners.flatMap((p) => [
    ...(context.partners[p]?.pending != null && facts[`relationship:${p}`] === false
      ? tieFromFact(true, { id: `request:${p}`, kind: 'request', holder: p, detail: [context.partners[p]?.pending ? 'withDap' : 'withoutDap'] })
      : []),
    ...tieFromFact(facts[`relationship:${p}`], { id: `relationship:${p}`, kind: 'relationship', holder: p }),
    ...tieFromFact(facts[`dap:${p}`], { id: `dap:${p}`, kind: 'dap', holder: p }),
  ]);
  const slots: PictureSlot[] = SERVICES.filter(
    (s) => (facts[`partnerOfRecord:${s}`] ?? NOT_APPLICABLE) !== NOT_APPLICABLE || (partiesFromFact(facts[`transacting:${s}`], partners) ?? []).length > 0,
  ).map((s) => ({
    id: s,
    label: s,
    lines: [
      { id: 'partnerOfRecord', kind: 'partnerOfRecord', parties: partiesFromFact(facts[`partnerOfRecord:${s}`], partners) },
      { id: 'sellers', kind: 'sellers', parties: partiesFromFact(facts[`transacting:${s}`], partners) },
      { id: 'dapSellers', kind: 'dapSellers', parties: partiesFromFact(facts[`dapTransacting:${s}`], partners) },
    ],
  }));
  return { parties: partners.map((p) => ({ id: p, kind: 'partner', letter: p })), ties, slots };
};
