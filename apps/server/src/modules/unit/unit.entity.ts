import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { UnitKind } from '../../domain.js';

@Entity('unit')
@Index(['programId', 'key'], { unique: true })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'program_id' }) program?: object;
  /** A short stable handle (e.g. guicai) used by seeds and scripts. */
  @Column({ type: 'text' }) key: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'short_name', type: 'text', nullable: true }) shortName: string | null;
  @Column({ type: 'text' }) kind: UnitKind;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
}
