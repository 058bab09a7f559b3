import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A reminder claimed: one per kind, subject (an overdue item, or the person for a weekly digest),
 * programme day and person. Every replica runs the reminders; whichever inserts the row first
 * sends, the others find it there (ON CONFLICT DO NOTHING) and send nothing.
 */
@Entity('reminder_sent')
@Index('IDX_reminder_sent_person', ['personId'])
export class ReminderSentEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_reminder_sent' }) kind: string;
  @PrimaryColumn({ name: 'subject_id', type: 'uuid', primaryKeyConstraintName: 'PK_reminder_sent' }) subjectId: string;
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_reminder_sent' }) day: string;
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'PK_reminder_sent' }) personId: string;
  @ManyToOne('PersonEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_reminder_sent_person' })
  person?: object;
  @Column({ name: 'program_id', type: 'uuid' }) programId: string;
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'FK_reminder_sent_program' })
  program?: object;
}
