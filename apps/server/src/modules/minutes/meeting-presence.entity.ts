import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { type MeetingEntity } from '../meeting/index.js';
import { type PersonEntity } from '../person/index.js';

/**
 * Who has a meeting's page open, one row per open subscription, in whichever process serves it
 * (as `presence` is for drafts). `client_id` is the page's Yjs client, whose cursor the others
 * draw while the row lives.
 */
@Entity('meeting_presence')
@Index(['meetingId', 'expiresAt'])
export class MeetingPresenceEntity {
  @PrimaryColumn({ name: 'connection_id', type: 'text' }) connectionId: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'meeting_id' }) meeting?: MeetingEntity;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Column({ name: 'client_id', type: 'bigint', nullable: true }) clientId: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
