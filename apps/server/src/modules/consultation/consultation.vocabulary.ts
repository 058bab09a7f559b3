// The vocabulary of public consultation, shared by its entities, GraphQL types and rules.
export const CONSULTATION_STATES = ['SCHEDULED', 'OPEN', 'CLOSED'] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

export const PUBLIC_IDENTITIES = [
  'CITIZEN',
  'ENTERPRISE',
  'NPC_DEPUTY',
  'CPPCC_MEMBER',
  'EXPERT',
  'ORGANIZATION',
  'OTHER',
] as const;
export type PublicIdentity = (typeof PUBLIC_IDENTITIES)[number];

/** How an accepted opinion's sender is named on its thread (the opinion table's 提出人). */
export const IDENTITY_ZH: Record<PublicIdentity, string> = {
  CITIZEN: '公众',
  ENTERPRISE: '企业',
  NPC_DEPUTY: '人大代表',
  CPPCC_MEMBER: '政协委员',
  EXPERT: '专家',
  ORGANIZATION: '组织',
  OTHER: '其他',
};

export const MODERATION_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'DUPLICATE'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];

export const MODERATION_DECISIONS = ['ACCEPT', 'REJECT', 'DUPLICATE'] as const;
export type ModerationDecision = (typeof MODERATION_DECISIONS)[number];

/** Limits on what the public may send. */
export const PUBLIC_LIMITS = { body: 5_000, authorName: 50, contact: 100, intro: 5_000 } as const;

/** The round's state on the programme's `today` (YYYY-MM-DD). */
export function consultationState(
  c: { opensOn: string; closesOn: string; closedAt: Date | null },
  today: string,
): ConsultationState {
  if (c.closedAt || today > c.closesOn) return 'CLOSED';
  return today < c.opensOn ? 'SCHEDULED' : 'OPEN';
}
