import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** What a mutation carrying a clientMutationId returned, so a retry gets the same answer. */
@Entity('mutation_receipt')
export class MutationReceiptEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' }) @JoinColumn({ name: 'person_id' }) person?: object;
  @PrimaryColumn({ name: 'client_mutation_id', type: 'text' }) clientMutationId: string;
  @Column({ type: 'text' }) mutation: string;
  @Column({ type: 'jsonb' }) result: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
