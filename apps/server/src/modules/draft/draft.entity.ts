import type { TextMark } from '@gongbian/documents';
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
import type { BlockKind, DraftFormat, DraftStage } from '../../domain.js';
import { type PersonEntity } from '../person/index.js';
import { type PlanEntity } from '../plan/index.js';
import { type ProgramEntity } from '../program/index.js';

@Entity('draft')
@Index(['planId', 'version'], { unique: true })
export class DraftEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ name: 'plan_id', type: 'uuid' }) planId: string;
  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: PlanEntity;
  /** 1, 2, 3 … per plan. */
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'text' }) stage: DraftStage;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'source_format', type: 'text' }) sourceFormat: DraftFormat;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'created_by' }) creator?: PersonEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'comment_deadline', type: 'timestamptz', nullable: true }) commentDeadline: Date | null;
}

/** One block of a draft, in order. Its own table so that search can index the text. */
@Entity('draft_block')
// Blocks not yet in the search index: search reads them directly (see block-index.ts).
@Index('draft_block_unindexed', ['draftId'], { where: 'NOT indexed' })
export class DraftBlockEntity {
  @PrimaryColumn({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @PrimaryColumn({ name: 'block_id', type: 'text' }) blockId: string;
  @Column({ type: 'int' }) ord: number;
  @Column({ type: 'text' }) kind: BlockKind;
  @Column({ type: 'int' }) level: number;
  @Column({ type: 'text' }) text: string;
  /** The number or bullet Word draws before the block ("1.", "（一）"); not part of the text. */
  @Column({ type: 'text', nullable: true }) label: string | null;
  /** Bold and italic runs as offsets into text. */
  @Column({ type: 'jsonb', nullable: true }) marks: TextMark[] | null;
  /** In the search index (draft_block_bigrams); a publication's blocks join it after commit. */
  @Column({ type: 'boolean', default: true }) indexed: boolean;
}
