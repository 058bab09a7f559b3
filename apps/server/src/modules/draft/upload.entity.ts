import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type PersonEntity } from '../person/index.js';

/**
 * A file sent to POST /uploads, waiting to be used by one mutation (createDraft's uploadId). In the
 * database, not on a disk, so any replica can take what another received. Used once: the mutation
 * that takes it deletes it; the rest expire.
 */
@Entity('upload')
export class UploadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @Column({ type: 'text' }) filename: string;
  @Column({ type: 'int' }) size: number;
  /** Hex SHA-256 of the bytes, returned to the sender so a client can check what arrived. */
  @Column({ type: 'text' }) sha256: string;
  @Column({ type: 'bytea' }) data: Buffer;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Index()
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
