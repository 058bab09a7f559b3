import type { AlignmentIssueKind, Direction, IndicatorKind } from '@gongbian/alignment';
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
import type { AnchorState } from '../../domain.js';
import { type DraftEntity } from '../draft/index.js';
import { type PlanEntity } from '../plan/index.js';
import { type ProgramEntity } from '../program/index.js';
import { type ThreadEntity } from '../thread/index.js';

// Figures as PostgreSQL's double precision: targets such as 0.011 or 95.5 compare exactly as the
// package compares them (JavaScript numbers), with no decimal string in between.
const FIGURE = { type: 'double precision' } as const;

/** A target of a higher plan (《"十四五"国家应急体系规划》, the provincial outline …) that indicators cite. */
@Entity('higher_target')
export class HigherTargetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ type: 'text' }) document: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) unit: string;
  @Column({ ...FIGURE }) target: number;
  @Column({ name: 'target_year', type: 'int' }) targetYear: number;
  @Column({ type: 'text' }) direction: Direction;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * A target (目标指标) of one plan, tied to the passage of the plan's newest draft that states it.
 * The passage's anchor moves into each new version as open threads do (source_state), so what the
 * text now says can be compared with the figure.
 */
@Entity('indicator')
@Index(['planId', 'createdAt'])
@Index(['supportsId'])
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ name: 'plan_id', type: 'uuid' }) planId: string;
  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: PlanEntity;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) unit: string;
  @Column({ ...FIGURE, nullable: true }) baseline: number | null;
  @Column({ name: 'baseline_year', type: 'int', nullable: true }) baselineYear: number | null;
  @Column({ ...FIGURE }) target: number;
  @Column({ name: 'target_year', type: 'int' }) targetYear: number;
  @Column({ type: 'text' }) kind: IndicatorKind;
  @Column({ type: 'text' }) direction: Direction;
  /** The version its source passage is in (the plan's newest once carried); null: no source. */
  @Column({ name: 'draft_id', type: 'uuid', nullable: true }) draftId: string | null;
  @ManyToOne('DraftEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @Column({ name: 'block_id', type: 'text', nullable: true }) blockId: string | null;
  @Column({ name: 'anchor_start', type: 'int', nullable: true }) anchorStart: number | null;
  @Column({ name: 'anchor_end', type: 'int', nullable: true }) anchorEnd: number | null;
  /** The passage's text as it now reads (kept when orphaned, to show what it was). */
  @Column({ type: 'text', nullable: true }) quote: string | null;
  @Column({ type: 'text', nullable: true }) prefix: string | null;
  @Column({ type: 'text', nullable: true }) suffix: string | null;
  @Column({ name: 'source_state', type: 'text', nullable: true }) sourceState: AnchorState | null;
  @Column({ name: 'supports_id', type: 'uuid', nullable: true }) supportsId: string | null;
  @ManyToOne(() => IndicatorEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'supports_id' })
  supports?: IndicatorEntity;
  @Column({ name: 'cites_id', type: 'uuid', nullable: true }) citesId: string | null;
  @ManyToOne(() => HigherTargetEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cites_id' })
  cites?: HigherTargetEntity;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * An alignment issue an indicator has now, keyed as @gongbian/alignment's issueKey names it: the
 * row lives while the issue does, with the thread raised for it. A fixed issue's row goes (its
 * thread is told); if it comes back, a new row raises a new thread.
 */
@Entity('alignment_issue')
export class AlignmentIssueEntity {
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @ManyToOne(() => IndicatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: IndicatorEntity;
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ type: 'text' }) kind: AlignmentIssueKind;
  /** MASTER (against_id: an indicator) or HIGHER (a higher target); null for the source's issues. */
  @Column({ type: 'text', nullable: true }) against: 'MASTER' | 'HIGHER' | null;
  @Column({ name: 'against_id', type: 'uuid', nullable: true }) againstId: string | null;
  @Column({ type: 'text' }) detail: string;
  /** Null when the plan had no draft to raise it on. */
  @Column({ name: 'thread_id', type: 'uuid', nullable: true }) threadId: string | null;
  @ManyToOne('ThreadEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'thread_id' }) thread?: ThreadEntity;
  @Column({ name: 'raised_at', type: 'timestamptz' }) raisedAt: Date;
}
