import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ProgramRole } from '../../domain.js';
import { type PersonEntity } from '../person/index.js';
import { type ProgramEntity } from '../program/index.js';
import { type UnitEntity } from '../unit/index.js';

/** A signed-in session. Only the SHA-256 of its token is stored. */
@Entity('session')
@Index('session_person', ['personId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
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
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text' }) role: ProgramRole;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @ManyToOne('UnitEntity', { onDelete: 'SET NULL' }) @JoinColumn({ name: 'unit_id' }) unit?: UnitEntity;
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'invited_by', type: 'uuid' }) invitedBy: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by' })
  invitedByPerson?: PersonEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
}

export const SIGN_IN_OUTCOMES = ['SUCCEEDED', 'FAILED', 'RATE_LIMITED'] as const;
export type SignInOutcome = (typeof SIGN_IN_OUTCOMES)[number];

/**
 * Every attempt to sign in, kept for the audit log: append-only (a trigger refuses UPDATE and
 * DELETE). No foreign keys, so a record outlives its person; an unknown email has no person and
 * no programme. `at` is on the programme clock, as the event log's is.
 */
@Entity('sign_in')
@Index('sign_in_program_at', ['programId', 'at'])
export class SignInEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'text' }) email: string;
  @Column({ name: 'person_id', type: 'uuid', nullable: true }) personId: string | null;
  @Column({ name: 'program_id', type: 'uuid', nullable: true }) programId: string | null;
  @Column({ type: 'text' }) outcome: SignInOutcome;
  @Column({ type: 'text' }) address: string;
  @Column({ name: 'user_agent', type: 'text' }) userAgent: string;
}
