import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { MeetingKind, MeetingVerdict, WorkStatus } from '../../domain.js';
import { type PersonEntity } from '../person/index.js';
import { type PlanEntity } from '../plan/index.js';
import { type ProgramEntity } from '../program/index.js';
import { type UnitEntity } from '../unit/index.js';

@Entity('meeting')
@Index(['programId', 'startsAt'])
@Check(
  'CHK_meeting_conclusion_whole',
  `("conclusion_verdict" IS NULL) = ("conclusion_text" IS NULL)
         AND ("conclusion_verdict" IS NULL) = ("conclusion_recorded_by" IS NULL)
         AND ("conclusion_verdict" IS NULL) = ("conclusion_recorded_at" IS NULL)`,
)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ type: 'text' }) kind: MeetingKind;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ type: 'text', nullable: true }) location: string | null;
  @Column({ name: 'host_unit_id', type: 'uuid' }) hostUnitId: string;
  @ManyToOne('UnitEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'host_unit_id' }) hostUnit?: UnitEntity;
  @Column({ name: 'external_attendees', type: 'text', array: true, default: () => "'{}'" }) externalAttendees: string[];
  @Column({ type: 'text', nullable: true }) agenda: string | null;
  @Column({ type: 'text', default: '' }) minutes: string;
  @Column({ name: 'minutes_version', type: 'int', default: 1 }) minutesVersion: number;
  @Column({ name: 'minutes_edited_by', type: 'uuid', nullable: true }) minutesEditedBy: string | null;
  @ManyToOne('PersonEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'minutes_edited_by' })
  minutesEditor?: PersonEntity;
  @Column({ name: 'minutes_edited_at', type: 'timestamptz', nullable: true }) minutesEditedAt: Date | null;
  // The conclusion of a 专家论证会 or 领导小组会议: all four set together, or none (a CHECK says so).
  @Column({ name: 'conclusion_verdict', type: 'text', nullable: true }) conclusionVerdict: MeetingVerdict | null;
  @Column({ name: 'conclusion_text', type: 'text', nullable: true }) conclusionText: string | null;
  @Column({ name: 'conclusion_recorded_by', type: 'uuid', nullable: true }) conclusionRecordedBy: string | null;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conclusion_recorded_by' })
  conclusionRecorder?: PersonEntity;
  @Column({ name: 'conclusion_recorded_at', type: 'timestamptz', nullable: true }) conclusionRecordedAt: Date | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'created_by' }) creator?: PersonEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('meeting_plan')
export class MeetingPlanEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId: string;
  @ManyToOne('PlanEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'plan_id' }) plan?: PlanEntity;
}

@Entity('meeting_attendee')
export class MeetingAttendeeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
}

@Entity('action_item')
@Index(['meetingId'])
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @Column({ type: 'text' }) title: string;
  @Column({ name: 'owner_unit_id', type: 'uuid' }) ownerUnitId: string;
  @ManyToOne('UnitEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'owner_unit_id' }) ownerUnit?: UnitEntity;
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn: string | null;
  @Column({ type: 'text', default: 'PLANNED' }) status: WorkStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
