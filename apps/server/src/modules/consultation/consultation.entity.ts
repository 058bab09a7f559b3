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
import { type DraftEntity } from '../draft/index.js';
import { type PersonEntity } from '../person/index.js';
import { type ProgramEntity } from '../program/index.js';
import type { ModerationStatus, PublicIdentity } from './consultation.vocabulary.js';

/** A round of public consultation (开门编规划) on one draft: one per draft, found by its slug. */
@Entity('public_consultation')
export class PublicConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: ProgramEntity;
  @Index({ unique: true })
  @Column({ name: 'draft_id', type: 'uuid' })
  draftId: string;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @Index({ unique: true })
  @Column({ type: 'text' })
  slug: string;
  @Column({ type: 'text' }) intro: string;
  @Column({ name: 'opens_on', type: 'date' }) opensOn: string;
  @Column({ name: 'closes_on', type: 'date' }) closesOn: string;
  /** Closed by hand before its date; null while it runs to its date. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'opened_by', type: 'uuid' }) openedBy: string;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'opened_by' }) opener?: PersonEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/**
 * An opinion sent by anyone through the public page, waiting for (or past) the working group's
 * moderation. `contact` is personal data: read by the working group only, cleared when the round's
 * retention ends (contactPurgedAt says it was).
 */
@Entity('public_opinion')
@Index(['consultationId', 'status', 'submittedAt'])
// A group's opinions in the order they came: its count, and its first one, from the index alone.
@Index(['consultationId', 'status', 'blockId', 'submittedAt'])
@Index(['consultationId', 'status', 'clusterId', 'submittedAt'])
export class PublicOpinionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'consultation_id', type: 'uuid' }) consultationId: string;
  @ManyToOne('PublicConsultationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: PublicConsultationEntity;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ name: 'block_id', type: 'text', nullable: true }) blockId: string | null;
  @Column({ name: 'anchor_start', type: 'int', nullable: true }) anchorStart: number | null;
  @Column({ name: 'anchor_end', type: 'int', nullable: true }) anchorEnd: number | null;
  @Column({ type: 'text', nullable: true }) quote: string | null;
  @Column({ type: 'text', nullable: true }) prefix: string | null;
  @Column({ type: 'text', nullable: true }) suffix: string | null;
  @Column({ type: 'text' }) body: string;
  @Column({ name: 'author_name', type: 'text', nullable: true }) authorName: string | null;
  @Column({ type: 'text' }) identity: PublicIdentity;
  @Column({ type: 'text', nullable: true }) contact: string | null;
  @Column({ name: 'contact_purged_at', type: 'timestamptz', nullable: true }) contactPurgedAt: Date | null;
  /** What the sender was given to quote when asking after their opinion (XXXX-XXXX-XXXX). */
  @Index({ unique: true })
  @Column({ type: 'text' })
  receipt: string;
  /** The proof of work it was sent with (a retry with the same one gets the same receipt); null for opinions seeded. */
  @Index({ unique: true })
  @Column({ name: 'challenge_signature', type: 'text', nullable: true })
  challengeSignature: string | null;
  /**
   * The near-duplicates it belongs with (@gongbian/anchoring's MinHash): the id of the first opinion
   * of the round found saying the same, its own id if none was. Set once, when it arrives.
   */
  @Column({ name: 'cluster_id', type: 'uuid' }) clusterId: string;
  /** Its text's MinHash signature, and the keys of its bands (GIN-indexed by the migration) that find its twins. */
  @Column({ type: 'int', array: true }) signature: number[];
  @Index('IDX_public_opinion_bands', { synchronize: false })
  @Column({ type: 'int', array: true })
  bands: number[];
  @Column({ type: 'text', default: 'PENDING' }) status: ModerationStatus;
  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true }) duplicateOfId: string | null;
  @Column({ name: 'thread_id', type: 'uuid', nullable: true }) threadId: string | null;
  @Column({ name: 'moderated_by', type: 'uuid', nullable: true }) moderatedBy: string | null;
  @ManyToOne('PersonEntity', { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'moderated_by' }) moderator?: PersonEntity;
  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true }) moderatedAt: Date | null;
  @Column({ name: 'moderation_note', type: 'text', nullable: true }) moderationNote: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt: Date;
}

/** A solved proof-of-work challenge, kept until it expires so that each solution works once. */
@Entity('spent_challenge')
export class SpentChallengeEntity {
  @PrimaryColumn({ type: 'text' }) signature: string;
  @Index()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}

/** A secret every replica shares (the proof-of-work's HMAC key when no setting gives one). */
@Entity('server_secret')
export class ServerSecretEntity {
  @PrimaryColumn({ type: 'text' }) name: string;
  @Column({ type: 'text' }) value: string;
}
