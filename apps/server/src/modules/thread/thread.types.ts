import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  type AnchorState,
  THREAD_SOURCES,
  THREAD_STATUSES,
  type ThreadSource,
  type ThreadStatus,
} from '../../domain.js';
import { AnchorStateEnum, ThreadSourceEnum, ThreadStatusEnum } from '../../graphql/enums.js';
import { Node, PageInfo } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { CommentEntity, ThreadEntity } from './thread.entity.js';

export const MAX_BODY = 20_000;

@ObjectType('Anchor')
export class Anchor {
  @Field(() => ID) blockId: string;
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
  @Field(() => String) quote: string;
  @Field(() => String) prefix: string;
  @Field(() => String) suffix: string;
}

@InputType()
export class AnchorInput {
  @Field(() => ID) @MinLength(1) @MaxLength(100) blockId: string;
  @Field(() => Int) @IsInt() @Min(0) start: number;
  @Field(() => Int) @IsInt() @Min(1) end: number;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @MaxLength(5000) quote: string;
}

@ObjectType('Disposition')
export class Disposition {
  @Field(() => ThreadStatusEnum) status: ThreadStatus;
  @Field(() => String) reason: string;
  @Field(() => DateTimeScalar) decidedAt: Date;
  decidedById: string;
}

@ObjectType('Thread', { implements: Node })
export class Thread extends Node {
  @Field(() => Anchor, { nullable: true, description: 'Null: about the draft as a whole.' }) anchor: Anchor | null;
  @Field(() => AnchorStateEnum) anchorState: AnchorState;
  @Field(() => ThreadSourceEnum) source: ThreadSource;
  @Field(() => ThreadStatusEnum) status: ThreadStatus;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Who raised it, when they have no account (e.g. 省人大代表 王某).',
  })
  externalAuthor: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The quoted passage, kept also when the thread is ORPHANED (and its anchor therefore null).',
  })
  quote: string | null;
  programId: string;
  draftId: string;
  meetingId: string | null;
  reviewAssignmentId: string | null;
  assignedUnitId: string;
  authorId: string;
  entity: ThreadEntity;

  static from(e: ThreadEntity): Thread {
    const anchor =
      e.blockId !== null && e.anchorStart !== null && e.anchorEnd !== null
        ? Object.assign(new Anchor(), {
            blockId: e.blockId,
            start: e.anchorStart,
            end: e.anchorEnd,
            quote: e.quote ?? '',
            prefix: e.prefix ?? '',
            suffix: e.suffix ?? '',
          })
        : null;
    return Object.assign(new Thread(), {
      id: e.id,
      anchor,
      anchorState: e.anchorState,
      source: e.source,
      status: e.status,
      createdAt: e.createdAt,
      externalAuthor: e.externalAuthor,
      quote: e.quote,
      programId: e.programId,
      draftId: e.draftId,
      meetingId: e.meetingId,
      reviewAssignmentId: e.reviewAssignmentId,
      assignedUnitId: e.assignedUnitId,
      authorId: e.authorId,
      entity: e,
    });
  }
}

@ObjectType('Comment', { implements: Node })
export class Comment extends Node {
  @Field(() => String, { description: 'Markdown, as written.' }) body: string;
  @Field(() => Int) version: number;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) editedAt: Date | null;
  threadId: string;
  authorId: string;
  /** The thread it was read through (Thread.comments): that path has already shown the reader the thread. */
  readThrough?: ThreadEntity;

  static from(e: CommentEntity): Comment {
    return Object.assign(new Comment(), {
      id: e.id,
      body: e.body,
      version: e.version,
      createdAt: e.createdAt,
      editedAt: e.editedAt,
      threadId: e.threadId,
      authorId: e.authorId,
    });
  }
}

@InputType()
export class ThreadFilter {
  @Field(() => [ThreadStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(THREAD_STATUSES, { each: true })
  status?: ThreadStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') unitId?: string;
  @Field(() => ThreadSourceEnum, { nullable: true }) @IsOptional() @IsIn(THREAD_SOURCES) source?: ThreadSource;
  @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(100) blockId?: string;
}

@ObjectType()
export class ThreadEdge {
  @Field(() => String) cursor: string;
  @Field(() => Thread) node: Thread;
}

@ObjectType()
export class ThreadConnection {
  @Field(() => [ThreadEdge]) edges: ThreadEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType()
export class ThreadStats {
  @Field(() => Int) total: number;
  @Field(() => Int) open: number;
  @Field(() => Int) adopted: number;
  @Field(() => Int) partlyAdopted: number;
  @Field(() => Int) notAdopted: number;
  @Field(() => Int) withdrawn: number;
  @Field(() => Int, {
    description: 'Its adopted opinions that a newer version left unchanged (落实情况 未落实).',
  })
  adoptedNotReflected: number;
}

@InputType()
export class StartThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a draft id' }) draftId: string;
  @Field(() => AnchorInput, { nullable: true }) @IsOptional() @ValidateNested() anchor?: AnchorInput | null;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @MaxLength(MAX_BODY) body: string;
  @Field(() => ThreadSourceEnum, { nullable: true }) @IsOptional() @IsIn(THREAD_SOURCES) source?: ThreadSource | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') meetingId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'MEETING: the attendee who raised it (default: whoever records it).',
  })
  @IsOptional()
  @IsUUID('all')
  raisedById?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'MEETING: an outside attendee who raised it, e.g. 省人大代表 王某.',
  })
  @IsOptional()
  @MaxLength(100)
  externalAuthor?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class StartThreadPayload {
  @Field(() => Thread) thread: Thread;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class ReplyInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a thread id' }) threadId: string;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @MaxLength(MAX_BODY) body: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class ReplyPayload {
  @Field(() => Comment) comment: Comment;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a comment id' }) commentId: string;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @MaxLength(MAX_BODY) body: string;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class EditCommentPayload {
  @Field(() => Comment) comment: Comment;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class DisposeThreadInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a thread id' }) threadId: string;
  @Field(() => ThreadStatusEnum) @IsIn(THREAD_STATUSES) status: ThreadStatus;
  @Field(() => String) @MaxLength(MAX_BODY) reason: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class DisposeThreadPayload {
  @Field(() => Thread) thread: Thread;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@ObjectType('ThreadPlacement', { description: 'Where a thread sat in one version of its draft, and how it got there.' })
export class ThreadPlacement {
  @Field(() => ID, { nullable: true }) blockId: string | null;
  @Field(() => Int, { nullable: true }) start: number | null;
  @Field(() => Int, { nullable: true }) end: number | null;
  @Field(() => String, { nullable: true }) quote: string | null;
  @Field(() => AnchorStateEnum) anchorState: AnchorState;
  draftId: string;
}

@ObjectType('ThreadPermissions', {
  description: 'What the signed-in person may do with a thread now: the policy and the thread’s state.',
})
export class ThreadPermissions {
  @Field(() => Boolean, { description: 'Reply to it.' }) reply: boolean;
  @Field(() => Boolean, { description: 'Edit its opening comment (anyone may edit their own replies).' })
  edit: boolean;
  @Field(() => Boolean, { description: 'Decide it: 采纳 / 部分采纳 / 不采纳.' }) dispose: boolean;
  @Field(() => Boolean, { description: 'Reopen it once decided.' }) reopen: boolean;
  @Field(() => Boolean, { description: 'Withdraw it.' }) withdraw: boolean;
  @Field(() => Boolean, {
    description: 'Confirm where its adoption was carried out (confirmAdoption): adopted, and the asker answers it.',
  })
  confirmAdoption: boolean;
}

@ObjectType('CommentPermissions', {
  description: 'What the signed-in person may do with a comment now, asked of the policy.',
})
export class CommentPermissions {
  @Field(() => Boolean, { description: 'Change its text (editComment).' }) edit: boolean;
}
