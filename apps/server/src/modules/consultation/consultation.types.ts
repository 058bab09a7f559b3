import { IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ThreadStatus } from '../../domain.js';
import { asEnum, ThreadStatusEnum } from '../../graphql/enums.js';
import { Node, PageInfo } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { Block } from '../draft/index.js';
import { AnchorInput } from '../thread/index.js';
import type { PublicConsultationEntity, PublicOpinionEntity } from './consultation.entity.js';
import {
  CONSULTATION_STATES,
  type ConsultationState,
  MODERATION_DECISIONS,
  MODERATION_STATUSES,
  type ModerationDecision,
  type ModerationStatus,
  PUBLIC_IDENTITIES,
  PUBLIC_LIMITS,
  type PublicIdentity,
} from './consultation.vocabulary.js';

export const ConsultationStateEnum = asEnum(CONSULTATION_STATES);
export const PublicIdentityEnum = asEnum(PUBLIC_IDENTITIES);
export const ModerationStatusEnum = asEnum(MODERATION_STATUSES);
export const ModerationDecisionEnum = asEnum(MODERATION_DECISIONS);
registerEnumType(ConsultationStateEnum, { name: 'ConsultationState' });
registerEnumType(PublicIdentityEnum, { name: 'PublicIdentity' });
registerEnumType(ModerationStatusEnum, { name: 'ModerationStatus' });
registerEnumType(ModerationDecisionEnum, { name: 'ModerationDecision' });

export const OpinionGroupingEnum = { PASSAGE: 'PASSAGE', SIMILAR_TEXT: 'SIMILAR_TEXT' } as const;
export type OpinionGrouping = keyof typeof OpinionGroupingEnum;
registerEnumType(OpinionGroupingEnum, {
  name: 'OpinionGrouping',
  description: 'PASSAGE: by the passage they are on (or the whole draft); SIMILAR_TEXT: near-duplicates together.',
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType('PublicConsultation', { implements: Node })
export class PublicConsultation extends Node {
  @Field(() => String) slug: string;
  @Field(() => String, { description: 'Where the public reads the draft and sends opinions.' }) publicUrl: string;
  @Field(() => String) intro: string;
  @Field(() => DateScalar) opensOn: string;
  @Field(() => DateScalar) closesOn: string;
  @Field(() => ConsultationStateEnum) state: ConsultationState;
  entity: PublicConsultationEntity;

  static from(e: PublicConsultationEntity, state: ConsultationState, publicUrl: string): PublicConsultation {
    return Object.assign(new PublicConsultation(), {
      id: e.id,
      slug: e.slug,
      publicUrl,
      intro: e.intro,
      opensOn: e.opensOn,
      closesOn: e.closesOn,
      state,
      entity: e,
    });
  }
}

@ObjectType('PublicOpinion', { implements: Node })
export class PublicOpinion extends Node {
  @Field(() => String) body: string;
  @Field(() => String, { nullable: true, description: 'Null: anonymous.' }) authorName: string | null;
  @Field(() => PublicIdentityEnum) identity: PublicIdentity;
  @Field(() => DateTimeScalar) submittedAt: Date;
  @Field(() => ModerationStatusEnum) status: ModerationStatus;
  @Field(() => String, { nullable: true }) moderationNote: string | null;
  @Field(() => Int) version: number;
  @Field(() => String, {
    description: 'The receipt code the sender was given (working group only; others never see an opinion).',
  })
  receipt: string;
  @Field(() => String, {
    nullable: true,
    description: 'Phone or e-mail the sender gave, for the working group only; null once the retention ended.',
  })
  contact: string | null;
  entity: PublicOpinionEntity;

  static from(e: PublicOpinionEntity): PublicOpinion {
    return Object.assign(new PublicOpinion(), {
      id: e.id,
      body: e.body,
      authorName: e.authorName,
      identity: e.identity,
      submittedAt: e.submittedAt,
      status: e.status,
      moderationNote: e.moderationNote,
      version: e.version,
      receipt: e.receipt,
      contact: e.contact,
      entity: e,
    });
  }
}

@ObjectType()
export class PublicOpinionEdge {
  @Field(() => String) cursor: string;
  @Field(() => PublicOpinion) node: PublicOpinion;
}

@ObjectType()
export class PublicOpinionConnection {
  @Field(() => [PublicOpinionEdge]) edges: PublicOpinionEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('PublicOpinionGroup', {
  description: 'Opinions of a round that belong together, to read and decide at once.',
})
export class PublicOpinionGroup {
  @Field(() => String, { description: 'Names the group to opinions(group:) and moderatePublicOpinionGroup.' })
  key: string;
  @Field(() => OpinionGroupingEnum) by: OpinionGrouping;
  @Field(() => Int, { description: 'Its opinions with the status asked for.' }) count: number;
  @Field(() => ID, { nullable: true, description: 'PASSAGE: the passage; null for the whole draft.' }) blockId:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'PASSAGE: the passage’s text; null for the whole draft.' })
  quote: string | null;
  @Field(() => PublicOpinion, { description: 'Its first opinion (with the status asked for).' }) sample: PublicOpinion;
  @Field(() => DateTimeScalar) latestAt: Date;
}

@ObjectType()
export class PublicOpinionGroupEdge {
  @Field(() => String) cursor: string;
  @Field(() => PublicOpinionGroup) node: PublicOpinionGroup;
}

@ObjectType()
export class PublicOpinionGroupConnection {
  @Field(() => [PublicOpinionGroupEdge]) edges: PublicOpinionGroupEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('PassageOpinionCount', { description: 'How many opinions of a round are on one passage of its draft.' })
export class PassageOpinionCount {
  @Field(() => ID) blockId: string;
  @Field(() => Int) received: number;
  @Field(() => Int) pending: number;
}

@InputType()
export class ModeratePublicOpinionGroupInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a consultation id' }) consultationId: string;
  @Field(() => String) @MinLength(2) @MaxLength(120) groupKey: string;
  @Field(() => ModerationDecisionEnum) @IsIn(MODERATION_DECISIONS) decision: ModerationDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2_000) note?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') duplicateOfId?: string | null;
  @Field(() => Int, { description: 'The pending opinions the moderator saw in the group; CONFLICT if it changed.' })
  expectedCount: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class ModeratePublicOpinionGroupPayload {
  @Field(() => Int, { description: 'How many opinions were decided.' }) decided: number;
  @Field(() => PublicConsultation) consultation: PublicConsultation;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@ObjectType('PublicDraftView', {
  description: 'What anyone may read, signed in or not: no personal data, no internal threads.',
})
export class PublicDraftView {
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String) planTitle: string;
  @Field(() => String) intro: string;
  @Field(() => DateScalar) opensOn: string;
  @Field(() => DateScalar) closesOn: string;
  @Field(() => ConsultationStateEnum) state: ConsultationState;
  @Field(() => [Block]) blocks: Block[];
}

@ObjectType('PublicSummaryRow')
export class PublicSummaryRow {
  @Field(() => ThreadStatusEnum) status: ThreadStatus;
  @Field(() => Int) count: number;
}

@ObjectType('PublicSummaryOpinion', {
  description:
    'An accepted opinion as the public summary shows it: the passage, the words and the answer; no name or contact.',
})
export class PublicSummaryOpinion {
  @Field(() => String, { nullable: true, description: 'The passage it was on; null: the whole draft.' }) quote:
    | string
    | null;
  @Field(() => String) body: string;
  @Field(() => PublicIdentityEnum) identity: PublicIdentity;
  @Field(() => ThreadStatusEnum, { description: 'What became of it: OPEN while the lead unit has not yet answered.' })
  status: ThreadStatus;
  @Field(() => String, { nullable: true, description: 'The lead unit’s answer (the disposition’s reason).' })
  answer: string | null;
}

@ObjectType('PublicSummary')
export class PublicSummary {
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String) planTitle: string;
  @Field(() => ConsultationStateEnum) state: ConsultationState;
  @Field(() => Int) received: number;
  @Field(() => Int) accepted: number;
  @Field(() => [PublicSummaryRow]) byDisposition: PublicSummaryRow[];
  @Field(() => [PublicSummaryOpinion]) opinions: PublicSummaryOpinion[];
}

@ObjectType('PublicChallenge', {
  description: 'A proof-of-work challenge (ALTCHA protocol 2) a browser solves before sending an opinion.',
})
export class PublicChallenge {
  @Field(() => String) json: string;
}

@InputType()
export class OpenConsultationInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a draft id' }) draftId: string;
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(PUBLIC_LIMITS.intro)
  intro: string;
  @Field(() => DateScalar) @Matches(ISO_DATE) opensOn: string;
  @Field(() => DateScalar) @Matches(ISO_DATE) closesOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class OpenConsultationPayload {
  @Field(() => PublicConsultation) consultation: PublicConsultation;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class CloseConsultationInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a consultation id' }) consultationId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class CloseConsultationPayload {
  @Field(() => PublicConsultation) consultation: PublicConsultation;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class SubmitPublicOpinionInput {
  @Field(() => String) @MinLength(1) @MaxLength(64) slug: string;
  @Field(() => AnchorInput, { nullable: true }) @IsOptional() @ValidateNested() anchor?: AnchorInput | null;
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(PUBLIC_LIMITS.body)
  body: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(PUBLIC_LIMITS.authorName) authorName?:
    | string
    | null;
  @Field(() => PublicIdentityEnum) @IsIn(PUBLIC_IDENTITIES) identity: PublicIdentity;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(PUBLIC_LIMITS.contact) contact?: string | null;
  @Field(() => String, { description: 'The ALTCHA widget’s payload (base64 JSON), as it posts it.' })
  @MinLength(1)
  @MaxLength(4_000)
  challenge: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class SubmitPublicOpinionPayload {
  @Field(() => String) receipt: string;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class ModeratePublicOpinionInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an opinion id' }) opinionId: string;
  @Field(() => ModerationDecisionEnum) @IsIn(MODERATION_DECISIONS) decision: ModerationDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2_000) note?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') duplicateOfId?: string | null;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class ModeratePublicOpinionPayload {
  @Field(() => PublicOpinion) opinion: PublicOpinion;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@ObjectType('ConsultationEvent', {
  description: 'A change in one round: an opinion sent or moderated, the round opened or closed.',
})
export class ConsultationEvent {
  @Field(() => String) cursor: string;
  @Field(() => String, {
    description: 'consultation.opened, consultation.closed, public-opinion.submitted or public-opinion.moderated.',
  })
  kind: string;
  @Field(() => ID) consultationId: string;
  @Field(() => ID, { nullable: true, description: 'The opinion sent or moderated.' }) opinionId: string | null;
}
