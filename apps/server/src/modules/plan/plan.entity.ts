import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DraftStage, PlanKind } from '../../domain.js';
import { type UnitEntity } from '../unit/index.js';

@Entity('plan')
@Index(['programId', 'sortOrder'])
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: object;
  @Column({ name: 'sort_order', type: 'int' }) sortOrder: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) kind: PlanKind;
  @Column({ name: 'lead_unit_id', type: 'uuid' }) leadUnitId: string;
  @ManyToOne('UnitEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'lead_unit_id' }) leadUnit?: UnitEntity;
  @Column({ type: 'text', nullable: true }) issuance: string | null;
  /** Follows the plan's newest draft; set by hand only before there is one. */
  @Column({ type: 'text', default: 'OUTLINE' }) stage: DraftStage;
  /** Raised by every edit of the plan's own fields: an edit from an older version is refused (CONFLICT). */
  @Column({ type: 'int', default: 1 }) version: number;
}

@Entity('plan_co_unit')
export class PlanCoUnitEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: PlanEntity;
  @PrimaryColumn({ name: 'unit_id', type: 'uuid' }) unitId: string;
  @ManyToOne('UnitEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'unit_id' }) unit?: UnitEntity;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
}
