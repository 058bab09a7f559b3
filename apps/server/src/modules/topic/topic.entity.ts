import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { WorkStatus } from '../../domain.js';
import { type UnitEntity } from '../unit/index.js';

@Entity('research_topic')
@Index(['programId', 'number'], { unique: true })
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: object;
  @Column({ type: 'int' }) number: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) content: string;
  @Column({ name: 'lead_unit_id', type: 'uuid' }) leadUnitId: string;
  @ManyToOne('UnitEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'lead_unit_id' }) leadUnit?: UnitEntity;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn: string | null;
  @Column({ type: 'text', default: 'PLANNED' }) status: WorkStatus;
  @Column({ name: 'progress_note', type: 'text', nullable: true }) progressNote: string | null;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  /** Raised by every change to the topic, its status too: an edit from an older version is refused (CONFLICT). */
  @Column({ type: 'int', default: 1 }) version: number;
}

@Entity('topic_co_unit')
export class TopicCoUnitEntity {
  @PrimaryColumn({ name: 'topic_id', type: 'uuid' }) topicId: string;
  @ManyToOne(() => TopicEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'topic_id' }) topic?: TopicEntity;
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @ManyToOne('UnitEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'unit_id' }) unit?: UnitEntity;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
}
