import type { PublicIdentity } from '@gongbian/graphql-client';

/** Who the public may say they write as, in the order the form offers them. */
export const PUBLIC_IDENTITIES: readonly PublicIdentity[] = [
  'CITIZEN',
  'ENTERPRISE',
  'NPC_DEPUTY',
  'CPPCC_MEMBER',
  'EXPERT',
  'ORGANIZATION',
  'OTHER',
];

/** The longest opinion the server takes (characters). */
export const OPINION_MAX = 5000;

/** A mobile or landline number, or an e-mail address: roughly, as the server checks it exactly. */
export const looksLikeContact = (value: string) =>
  /^\+?[\d\s()-]{7,20}$/.test(value) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
