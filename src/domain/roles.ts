/** The parties a guidance page speaks to. */
export const ROLES = ['partner', 'customer', 'indirect-provider', 'indirect-reseller'] as const;
export type Role = (typeof ROLES)[number];
