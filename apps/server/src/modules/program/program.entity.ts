import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { WorkStatus } from '../../domain.js';
import { type PersonEntity } from '../person/index.js';
import { type UnitEntity } from '../unit/index.js';

/** Phase-gate conditions met by marking a milestone done, not by counting records. */
export type MilestoneGateCondition = 'FRAMEWORK_AGREED';

@Entity('program')
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('phase')
@Index(['programId', 'order'], { unique: true })
export class PhaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ name: 'order', type: 'int' }) order: number;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  @Column({ name: 'gate_overridden_by', type: 'uuid', nullable: true }) gateOverriddenBy: string | null;
  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'gate_overridden_by' })
  gateOverriddenByPerson?: PersonEntity;
  @Column({ name: 'gate_overridden_at', type: 'timestamptz', nullable: true }) gateOverriddenAt: Date | null;
}

@Entity('milestone')
@Index(['phaseId', 'sortOrder'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ name: 'phase_id', type: 'uuid' }) phaseId: string;
  @ManyToOne(() => PhaseEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'phase_id' }) phase?: PhaseEntity;
  @Column({ name: 'sort_order', type: 'int' }) sortOrder: number;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Column({ type: 'text', default: 'PLANNED' }) status: WorkStatus;
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'owner_unit_id', type: 'uuid', nullable: true }) ownerUnitId: string | null;
  @ManyToOne('UnitEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'owner_unit_id' }) ownerUnit?: UnitEntity;
  /** The phase-gate condition this milestone stands for (read by gate.ts), if any. */
  @Column({ name: 'gate_condition', type: 'text', nullable: true }) gateCondition: MilestoneGateCondition | null;
  /** Raised by every change to the milestone, its status too: an edit from an older version is refused (CONFLICT). */
  @Column({ type: 'int', default: 1 }) version: number;
}
