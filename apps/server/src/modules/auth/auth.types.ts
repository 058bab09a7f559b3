import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PROGRAM_ROLES, type ProgramRole } from '../../domain.js';
import { ProgramRoleEnum } from '../../graphql/enums.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Person } from '../person/index.js';

@ObjectType()
export class AuthPayload {
  @Field(() => String) token: string;
  @Field(() => Person) person: Person;
}

@InputType()
export class LoginInput {
  @Field(() => String) @MaxLength(320) email: string;
  @Field(() => String) @MaxLength(1000) password: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String) @MaxLength(200) token: string;
  @Field(() => String) @MinLength(1) @MaxLength(100) name: string;
  @Field(() => String) @MaxLength(1000) password: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@InputType()
export class InvitePersonInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a programme id' }) programId: string;
  @Field(() => String) @IsEmail({}, { message: 'must be an email address' }) email: string;
  @Field(() => ProgramRoleEnum) @IsIn(PROGRAM_ROLES) role: ProgramRole;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a unit id' }) unitId?:
    | string
    | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class Invitation {
  @Field(() => String) email: string;
  @Field(() => ProgramRoleEnum) role: ProgramRole;
  @Field(() => DateTimeScalar) expiresAt: Date;
  @Field(() => String, { description: 'The link to accept it; shown once, never stored in clear.' }) link: string;
}

@ObjectType()
export class InvitePersonPayload {
  @Field(() => Invitation) invitation: Invitation;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String) @MaxLength(1000) currentPassword: string;
  @Field(() => String) @MaxLength(1000) newPassword: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType({ description: 'The password is changed; every other session of the person has ended.' })
export class ChangePasswordPayload {
  @Field(() => Int, { description: 'How many other sessions ended.' }) sessionsEnded: number;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class SignOutEverywhereInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class SignOutEverywherePayload {
  @Field(() => Int, { description: 'How many sessions ended, this one included.' }) sessionsEnded: number;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class RevokeSessionsInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a person id' }) personId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class RevokeSessionsPayload {
  @Field(() => Person) person: Person;
  @Field(() => Int) sessionsEnded: number;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}
