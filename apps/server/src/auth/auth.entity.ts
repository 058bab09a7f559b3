import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ProgramRole } from '../domain.js';
import { PersonEntity } from '../modules/person/person.entity.js';
import { ProgramEntity } from '../modules/program/program.entity.js';
import { UnitEntity } from '../modules/unit/unit.entity.js';

/** A signed-in session. Only the SHA-256 of its token is stored. */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}

/** A single-use invitation. Only the SHA-256 of its token is stored. */
@Entity('invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) role: ProgramRole;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @ManyToOne(() => UnitEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'unit_id' }) unit?: UnitEntity;
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'invited_by', type: 'uuid' }) invitedBy: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by' })
  invitedByPerson?: PersonEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
}
