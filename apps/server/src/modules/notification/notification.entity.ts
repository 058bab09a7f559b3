import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type PersonEntity } from '../person/index.js';

@Entity('notification')
@Index(['personId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ name: 'subject_id', type: 'text' }) subjectId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** The review assignment that seals this notice (it is about a sealed review thread); see review/visibility.ts. */
  @Column({ name: 'sealed_by', type: 'uuid', nullable: true }) sealedBy: string | null;
  /** Named values its sentence needs that its subject cannot tell later (who, the words quoted); see notification-facts.ts. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) facts: Record<string, string>;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
}
