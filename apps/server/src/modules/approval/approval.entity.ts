import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ApprovalDecision, ApprovalStep } from '../../domain.js';

/**
 * One step of a plan's approval (专家论证, 领导小组审议, 省政府审批) on one 送审稿: requested by the
 * working group, then decided once. A decision raises `version`, so a decision made on what the
 * decider saw before someone else decided is refused (CONFLICT).
 */
@Entity('approval')
@Index(['planId', 'requestedAt'])
// One open request per step of a plan.
@Index('approval_open_step', ['planId', 'step'], { unique: true, where: `decision = 'PENDING'` })
export class ApprovalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: object;
  @Column({ name: 'plan_id', type: 'uuid' }) planId: string;
  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: object;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: object;
  @Column({ type: 'text' }) step: ApprovalStep;
  @Column({ type: 'text', default: 'PENDING' }) decision: ApprovalDecision;
  @Column({ type: 'text', nullable: true }) opinion: string | null;
  /** The 专家论证会 or 领导小组会议 where it was decided. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId: string | null;
  @ManyToOne('MeetingEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'meeting_id' }) meeting?: object;
  /** A returned step's opinion, as a thread on the draft for the lead unit to answer. */
  @Column({ name: 'thread_id', type: 'uuid', nullable: true }) threadId: string | null;
  @ManyToOne('ThreadEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'thread_id' }) thread?: object;
  @Column({ name: 'requested_by', type: 'uuid' }) requestedBy: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'requested_by' }) requester?: object;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt: Date;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'decided_by' }) decider?: object;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** How an approved plan was issued (印发: 文号, date, issuer) and when it was filed (备案) with the DRC. */
@Entity('plan_issuance')
export class PlanIssuanceEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId: string;
  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: object;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: object;
  /** The version issued: frozen (its stage is ISSUED, so nobody comments on it any more). */
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: object;
  @Column({ name: 'doc_number', type: 'text' }) docNumber: string;
  @Column({ name: 'issued_on', type: 'date' }) issuedOn: string;
  @Column({ type: 'text' }) issuer: string;
  @Column({ name: 'issued_by', type: 'uuid' }) issuedBy: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'issued_by' }) issuedByPerson?: object;
  @Column({ name: 'filed_on', type: 'date', nullable: true }) filedOn: string | null;
}
