import { ArrayMaxSize, IsIn, IsOptional, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { GROUP_KINDS, type GroupKind } from '../../domain.js';
import { Person } from './person.types.js';

export const GroupKindEnum = Object.fromEntries(GROUP_KINDS.map((g) => [g, g])) as { [K in GroupKind]: K };
registerEnumType(GroupKindEnum, { name: 'GroupKind' });

export const MAX_MEMBERSHIP_TITLE = 50;
export const MAX_EXPERTISE = 20;
export const MAX_EXPERTISE_LENGTH = 50;

@ObjectType('Membership', { description: 'A place in the leading group, the working group or the expert team.' })
export class Membership {
  @Field(() => GroupKindEnum) group: GroupKind;
  @Field(() => String, { description: '组长, 副组长, 成员 …' }) title: string;
  @Field(() => [String]) expertise: string[];
}

@InputType()
export class MembershipInput {
  @Field(() => GroupKindEnum) @IsIn(GROUP_KINDS) group: GroupKind;
  @Field(() => String) @MinLength(1, { message: 'must not be empty' }) @MaxLength(MAX_MEMBERSHIP_TITLE) title: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EXPERTISE)
  @MaxLength(MAX_EXPERTISE_LENGTH, { each: true })
  expertise?: string[] | null;
}

@InputType({ description: 'Replaces all of a person’s memberships with these (none: in no group).' })
export class SetMembershipsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a person id' }) personId: string;
  @Field(() => [MembershipInput])
  @ArrayMaxSize(GROUP_KINDS.length * 2)
  @ValidateNested({ each: true })
  memberships: MembershipInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class SetMembershipsPayload {
  @Field(() => Person) person: Person;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}
