import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { GroupKind } from '../../domain.js';
import type { PersonEntity } from './person.entity.js';

/** A person's place in the leading group, the working group or the expert team: at most one per group. */
@Entity('membership')
export class MembershipEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: PersonEntity;
  @PrimaryColumn({ name: 'group_kind', type: 'text' }) group: GroupKind;
  /** 组长, 副组长, 成员 …: as the programme's documents name it. */
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) expertise: string[];
}
