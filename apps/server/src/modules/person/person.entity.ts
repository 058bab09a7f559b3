import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ProgramRole } from '../../domain.js';
import { type UnitEntity } from '../unit/index.js';

@Entity('person')
@Index(['email'], { unique: true, where: 'email IS NOT NULL' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: object;
  /** Lower-cased; null for people who never sign in (named for the record only). */
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash: string | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ type: 'text' }) role: ProgramRole;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @ManyToOne('UnitEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'unit_id' }) unit?: UnitEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
