import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AssignmentStatus, ReviewVerdict } from '../../domain.js';
import { type DraftEntity } from '../draft/index.js';
import { type PersonEntity } from '../person/index.js';
import { type ProgramEntity } from '../program/index.js';

/** An expert asked to review a draft, and — once submitted — the review itself. */
@Entity('review_assignment')
@Index(['draftId', 'expertId'], { unique: true })
export class ReviewAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @Column({ name: 'expert_id', type: 'uuid' }) expertId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'expert_id' }) expert?: PersonEntity;
  @Column({ name: 'assigned_by', type: 'uuid' }) assignedBy: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'assigned_by' }) assigner?: PersonEntity;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Column({ type: 'text', default: 'INVITED' }) status: AssignmentStatus;
  @Column({ name: 'decline_reason', type: 'text', nullable: true }) declineReason: string | null;
  @Column({ type: 'text', nullable: true }) verdict: ReviewVerdict | null;
  @Column({ type: 'int', nullable: true }) foresight: number | null;
  @Column({ type: 'int', nullable: true }) scientific: number | null;
  @Column({ type: 'int', nullable: true }) operability: number | null;
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  /** Set when the expert and the working group were told it is overdue, so they are told once. */
  @Column({ name: 'overdue_notified_at', type: 'timestamptz', nullable: true }) overdueNotifiedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
