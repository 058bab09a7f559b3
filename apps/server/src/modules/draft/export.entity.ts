import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ExportFormat } from '../../domain.js';
import { PersonEntity } from '../person/person.entity.js';
import { DraftEntity } from './draft.entity.js';

/** A download link for one person, for a few minutes. Only the hash of its token is stored. */
@Entity('export_link')
export class ExportLinkEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' }) tokenHash: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne(() => DraftEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @Column({ type: 'text' }) format: ExportFormat;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
