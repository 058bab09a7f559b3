import { IsDate, IsIn, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { type BlockKind, DRAFT_FORMATS, DRAFT_STAGES, type DraftFormat, type DraftStage } from '../../domain.js';
import { BlockKindEnum, DraftFormatEnum, DraftStageEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { DraftEntity } from './draft.entity.js';

@ObjectType('TextMark', {
  description: 'Bold or italic over text[start, end) of its block (UTF-16 offsets, as anchors).',
})
export class TextMark {
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
  @Field(() => Boolean) bold: boolean;
  @Field(() => Boolean) italic: boolean;
}

@ObjectType('Block')
export class Block {
  @Field(() => ID) id: string;
  @Field(() => BlockKindEnum) kind: BlockKind;
  @Field(() => Int, {
    description: 'HEADING: 0 for the document title, 1–6 below it; LIST_ITEM: depth from 1; else 0.',
  })
  level: number;
  @Field(() => String) text: string;
  @Field(() => String, {
    nullable: true,
    description: 'The number or bullet the source draws before the block ("1.", "（一）", "•"); not part of text.',
  })
  label: string | null;
  @Field(() => [TextMark]) marks: TextMark[];
}

@ObjectType('Draft', { implements: Node })
export class Draft extends Node {
  @Field(() => Int) version: number;
  @Field(() => DraftStageEnum) stage: DraftStage;
  @Field(() => String) title: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) commentDeadline: Date | null;
  programId: string;
  planId: string;
  createdById: string;

  static from(e: DraftEntity): Draft {
    return Object.assign(new Draft(), {
      id: e.id,
      version: e.version,
      stage: e.stage,
      title: e.title,
      createdAt: e.createdAt,
      commentDeadline: e.commentDeadline,
      programId: e.programId,
      planId: e.planId,
      createdById: e.createdBy,
    });
  }
}

@InputType()
export class CreateDraftInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a plan id' }) planId: string;
  @Field(() => DraftStageEnum) @IsIn(DRAFT_STAGES) stage: DraftStage;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @MaxLength(200) title: string;
  @Field(() => DraftFormatEnum) @IsIn(DRAFT_FORMATS) format: DraftFormat;
  // GraphQL bodies are capped near 1 MiB (GONGBIAN_MAX_BODY_BYTES); files go through POST /uploads.
  @Field(() => String, {
    description: 'MARKDOWN: the text; DOCX: the file, base64. Must be "" when uploadId is given.',
  })
  @MaxLength(1_000_000, {
    message: 'is too large to send inline; upload the file (POST /uploads) and pass its uploadId',
  })
  content: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'A file sent to POST /uploads by the same person within the last hour, read as `format` in place of content. Used up by a successful publication.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id POST /uploads returned' })
  uploadId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) @IsOptional() @IsDate() commentDeadline?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class CreateDraftPayload {
  @Field(() => Draft) draft: Draft;
  @Field(() => Int, { description: 'Open threads of the previous version carried into this one.' })
  carriedThreads: number;
  @Field(() => Int, { description: 'Of those, the ones whose passage could not be found.' }) orphanedThreads: number;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@ObjectType('BlockDiffPart')
export class BlockDiffPart {
  @Field(() => String, { description: 'EQUAL, INSERT or DELETE' }) op: string;
  @Field(() => String) text: string;
}

@ObjectType('BlockChange', { description: 'One row of a side-by-side comparison of two versions.' })
export class BlockChange {
  @Field(() => String, { description: 'UNCHANGED, ADDED, REMOVED or CHANGED' }) kind: string;
  @Field(() => Block, { nullable: true }) old: Block | null;
  @Field(() => Block, { nullable: true, name: 'new' }) next: Block | null;
  @Field(() => [BlockDiffPart]) parts: BlockDiffPart[];
}

@ObjectType('DraftPermissions', {
  description: 'What the signed-in person may do with a draft now: the policy and the draft’s state.',
})
export class DraftPermissions {
  @Field(() => Boolean, { description: 'Start a thread on it (stage, role, newest version, deadline).' })
  comment: boolean;
  @Field(() => Boolean, { description: 'Publish the next version of its plan.' }) publishNextVersion: boolean;
  @Field(() => Boolean, { description: 'Assign an expert to review it.' }) assignReview: boolean;
  @Field(() => Boolean, { description: 'Export its 意见采纳情况表.' }) exportTable: boolean;
}
