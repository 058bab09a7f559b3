import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { badInput, DomainError, unauthenticated } from '../errors.js';
import type { Context } from '../graphql/context.js';
import { runMutation } from '../graphql/mutation.js';
import { PersonEntity } from '../modules/person/person.entity.js';
import { Person } from '../modules/person/person.types.js';
import { UnitEntity } from '../modules/unit/unit.entity.js';
import { appendEvent } from '../realtime/event-log.js';
import { streams } from '../realtime/streams.js';
import {
  AcceptInvitationInput,
  AuthPayload,
  Invitation,
  InvitePersonInput,
  InvitePersonPayload,
  LoginInput,
} from './auth.types.js';
import { authorize } from './authorize.js';
import { acceptInvitation, createInvitation, login, logout } from './session.service.js';

const ROLE_ZH = {
  ADMIN: '管理员',
  WORKING_GROUP: '工作组',
  LEADING_GROUP: '领导小组',
  UNIT_MEMBER: '单位成员',
  EXPERT: '专家',
  OBSERVER: '观察员',
} as const;

@Resolver()
export class AuthResolver {
  @Query(() => Person, { nullable: true, description: 'Who is signed in; null when nobody is.' })
  async me(@Ctx() ctx: Context): Promise<Person | null> {
    return ctx.actor ? ctx.loaders.person.load(ctx.actor.id) : null;
  }

  // Sign-in has no person yet to key a retry on: a repeated login simply opens another session.
  @Mutation(() => AuthPayload)
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { token, person } = await ctx.ds.transaction((m) => login(m, ctx.clock, input.email, input.password));
    return { token, person: Person.from(person) };
  }

  @Mutation(() => Boolean, { description: 'Revokes the session whose token made this request.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (!ctx.sessionId) throw unauthenticated();
    const sessionId = ctx.sessionId;
    await ctx.ds.transaction((m) => logout(m, ctx.clock, sessionId));
    return true;
  }

  @Mutation(() => AuthPayload)
  async acceptInvitation(
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const { token, person } = await ctx.ds.transaction(async (m) => {
      const accepted = await acceptInvitation(m, ctx.clock, input.token, input.name, input.password);
      await appendEvent(m, {
        programId: accepted.person.programId,
        stream: streams.program(accepted.person.programId),
        kind: 'person.joined',
        subjectId: accepted.person.id,
        actorId: accepted.person.id,
        summary: `${accepted.person.name}（${ROLE_ZH[accepted.person.role]}）接受邀请加入`,
        at: ctx.clock.now(),
      });
      return accepted;
    });
    ctx.doorbell.ring();
    return { token, person: Person.from(person as PersonEntity) };
  }

  @Mutation(() => InvitePersonPayload)
  async invitePerson(
    @Arg('input', () => InvitePersonInput) input: InvitePersonInput,
    @Ctx() ctx: Context,
  ): Promise<InvitePersonPayload> {
    authorize(
      ctx,
      'person.invite',
      { type: 'program', programId: input.programId },
      'Only the working group may invite people.',
    );
    // The link holds the token, which is never stored: a retry cannot give the same link back,
    // so a repeated clientMutationId is refused rather than answered with a new invitation.
    let token: string | null = null;
    const result = await runMutation(ctx, 'invitePerson', input.clientMutationId, async (scope) => {
      if (
        input.unitId &&
        !(await scope.m.getRepository(UnitEntity).existsBy({ id: input.unitId, programId: input.programId }))
      ) {
        throw badInput('unitId', 'no such unit in this programme.');
      }
      const created = await createInvitation(scope.m, ctx.clock, {
        programId: input.programId,
        email: input.email,
        role: input.role,
        unitId: input.unitId ?? null,
        invitedBy: scope.actor.id,
      });
      const invitation = created.invitation;
      token = created.token;
      await scope.emit({
        stream: streams.program(input.programId),
        kind: 'person.invited',
        subjectId: invitation.id,
        summary: `${scope.actor.name} 邀请 ${invitation.email} 以${ROLE_ZH[invitation.role]}身份加入`,
      });
      return { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() };
    });
    if (token === null) {
      throw new DomainError(
        'CONFLICT',
        'This invitation was already sent; its link is shown only once. Send a new invitation.',
      );
    }
    const base = ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`;
    const invitation: Invitation = {
      email: result.email as string,
      role: result.role as Invitation['role'],
      expiresAt: new Date(result.expiresAt as string),
      link: `${base.replace(/\/$/, '')}/invite/${token}`,
    };
    return { invitation, clientMutationId: input.clientMutationId ?? null };
  }
}
