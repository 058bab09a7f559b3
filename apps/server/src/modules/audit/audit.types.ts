import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import type { AuditEntryView } from './audit.entity.js';

@ObjectType('AuditEntry', {
  description:
    'One entry of the audit log: an event of the programme, or a sign-in attempt by one of its people (kind signIn.succeeded, signIn.failed or signIn.rateLimited).',
})
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => String) kind: string;
  @Field(() => String) summary: string;
  @Field(() => String, { description: 'What the entry is about (an id; the person, for a sign-in).' })
  subjectId: string;
  /** Who acted; resolved to `actor`. */
  personId: string | null;
  @Field(() => String, { nullable: true, description: 'The email typed, for a sign-in.' }) email: string | null;
  @Field(() => String, { nullable: true, description: 'The client address, for a sign-in.' }) address: string | null;
  @Field(() => String, { nullable: true, description: 'The browser, for a sign-in.' }) userAgent: string | null;

  static from(v: AuditEntryView): AuditEntry {
    return Object.assign(new AuditEntry(), {
      id: v.id,
      at: v.at,
      kind: v.kind,
      summary: v.summary,
      subjectId: v.subjectId,
      personId: v.personId,
      email: v.email,
      address: v.address,
      userAgent: v.userAgent,
    });
  }
}

@ObjectType()
export class AuditEntryEdge {
  @Field(() => String) cursor: string;
  @Field(() => AuditEntry) node: AuditEntry;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@InputType({ description: 'Narrows the audit log; every field is optional.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Entries by (or sign-ins of) this person.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a person id' })
  personId?: string | null;
  @Field(() => String, { nullable: true, description: 'One kind, e.g. thread.started or signIn.failed.' })
  @IsOptional()
  @MaxLength(100)
  kind?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'From this moment (inclusive).' })
  @IsOptional()
  from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this moment (exclusive).' })
  @IsOptional()
  to?: Date | null;
}
