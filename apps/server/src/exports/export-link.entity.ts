import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ExportFormat } from '../domain.js';

/** A download link for one person, for a few minutes. Only the hash of its token is stored. */
@Entity('export_link')
export class ExportLinkEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: object;
  /** What it downloads: a draft's opinion table, or a meeting's record. */
  @Column({ name: 'draft_id', type: 'uuid', nullable: true }) draftId: string | null;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: object;
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId: string | null;
  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: object;
  /** Or a programme's audit log, with the filter it was asked with. */
  @Column({ name: 'program_id', type: 'uuid', nullable: true }) programId: string | null;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: object;
  @Column({ type: 'jsonb', nullable: true }) filter: Record<string, string> | null;
  @Column({ type: 'text' }) format: ExportFormat;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
