import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { type DraftEntity } from '../draft/index.js';
import { type PersonEntity } from '../person/index.js';

/**
 * Who has a draft open, one row per open subscription, in whichever process serves it. A process
 * renews its rows while alive; rows of a process that died simply expire.
 */
@Entity('presence')
@Index(['draftId', 'expiresAt'])
export class PresenceEntity {
  @PrimaryColumn({ name: 'connection_id', type: 'text' }) connectionId: string;
  @Column({ name: 'draft_id', type: 'uuid' }) draftId: string;
  @ManyToOne('DraftEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'draft_id' }) draft?: DraftEntity;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
