import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AdoptionState, AnchorState, ThreadSource, ThreadStatus } from '../../domain.js';
import { type DraftEntity } from '../draft/index.js';
import { type MeetingEntity } from '../meeting/index.js';
import { type PersonEntity } from '../person/index.js';
import { type ProgramEntity } from '../program/index.js';
import { type ReviewAssignmentEntity } from '../review/index.js';
import { type UnitEntity } from '../unit/index.js';

/**
 * An opinion on a passage of a draft (or the draft as a whole). While OPEN it moves to each new
 * version of the draft, re-anchored; once decided it stays with the version it was decided on.
 * Where it sat in each version is kept in thread_placement.
 */
@Entity('thread')
@Index(['draftId', 'createdAt'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @Column({ name: 'block_id', type: 'text', nullable: true }) blockId: string | null;
  @Column({ name: 'anchor_start', type: 'int', nullable: true }) anchorStart: number | null;
  @Column({ name: 'anchor_end', type: 'int', nullable: true }) anchorEnd: number | null;
  @Column({ type: 'text', nullable: true }) quote: string | null;
  @Column({ type: 'text', nullable: true }) prefix: string | null;
  @Column({ type: 'text', nullable: true }) suffix: string | null;
  @Column({ name: 'anchor_state', type: 'text', default: 'ATTACHED' }) anchorState: AnchorState;
  @Column({ type: 'text', default: 'ONLINE' }) source: ThreadSource;
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId: string | null;
  @ManyToOne('MeetingEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  /** The expert review this opinion belongs to (source REVIEW); sealed until the review is submitted. */
  @Column({ name: 'review_assignment_id', type: 'uuid', nullable: true }) reviewAssignmentId: string | null;
  @ManyToOne('ReviewAssignmentEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'review_assignment_id' })
  reviewAssignment?: ReviewAssignmentEntity;
  @Column({ type: 'text', default: 'OPEN' }) status: ThreadStatus;
  @Column({ name: 'assigned_unit_id', type: 'uuid' }) assignedUnitId: string;
  @ManyToOne('UnitEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_unit_id' })
  assignedUnit?: UnitEntity;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'author_id' }) author?: PersonEntity;
  /** For opinions recorded on behalf of someone without an account, e.g. 省人大代表 王某. */
  @Column({ name: 'external_author', type: 'text', nullable: true }) externalAuthor: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'disposition_reason', type: 'text', nullable: true }) dispositionReason: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'decided_by' }) decider?: PersonEntity;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  /**
   * For an ADOPTED or PARTLY_ADOPTED thread, whether the adoption reached the text (adoption.ts):
   * AWAITING_VERSION when decided, then checked against each newer version until REFLECTED or
   * PASSAGE_REMOVED; null for any other status.
   */
  @Column({ name: 'adoption_state', type: 'text', nullable: true }) adoptionState: AdoptionState | null;
  /** The version it was last checked against (null before any). */
  @Column({ name: 'adoption_draft_id', type: 'uuid', nullable: true }) adoptionDraftId: string | null;
  @ManyToOne('DraftEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adoption_draft_id' })
  adoptionDraft?: DraftEntity;
  /** Who confirmed by hand where it was carried out, and their words. */
  @Column({ name: 'adoption_confirmed_by', type: 'uuid', nullable: true }) adoptionConfirmedBy: string | null;
  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'adoption_confirmed_by' })
  adoptionConfirmer?: PersonEntity;
  @Column({ name: 'adoption_note', type: 'text', nullable: true }) adoptionNote: string | null;
  @Column({ name: 'adoption_checked_at', type: 'timestamptz', nullable: true }) adoptionCheckedAt: Date | null;
}

/** Where a thread sat in one version of its draft, and how it got there. */
@Entity('thread_placement')
export class ThreadPlacementEntity {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'thread_id' }) thread?: ThreadEntity;
  @PrimaryColumn({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @Column({ name: 'block_id', type: 'text', nullable: true }) blockId: string | null;
  @Column({ name: 'anchor_start', type: 'int', nullable: true }) anchorStart: number | null;
  @Column({ name: 'anchor_end', type: 'int', nullable: true }) anchorEnd: number | null;
  @Column({ type: 'text', nullable: true }) quote: string | null;
  @Column({ name: 'anchor_state', type: 'text' }) anchorState: AnchorState;
}

@Entity('comment')
@Index(['threadId', 'createdAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'thread_id', type: 'uuid' }) threadId: string;
  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'thread_id' }) thread?: ThreadEntity;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'author_id' }) author?: PersonEntity;
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt: Date | null;
}

@Entity('comment_mention')
export class CommentMentionEntity {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid' }) commentId: string;
  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'comment_id' }) comment?: CommentEntity;
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
}
