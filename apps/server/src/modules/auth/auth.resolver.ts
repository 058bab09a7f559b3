import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { authorize, requireActor } from '../../auth/authorize.js';
import { hashPassword, verifyPassword } from '../../auth/passwords.js';
import { publicBase } from '../../config.js';
import { badInput, DomainError, notFound, unauthenticated } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { logger } from '../../log.js';
import { appendEvent } from '../../realtime/event-log.js';
import { streams } from '../../realtime/streams.js';
import { Person, PersonEntity, personLoader } from '../person/index.js';
import { UnitEntity } from '../unit/index.js';
import {
  AcceptInvitationInput,
  AuthPayload,
  ChangePasswordInput,
  ChangePasswordPayload,
  Invitation,
  InvitePersonInput,
  InvitePersonPayload,
  LoginInput,
  RevokeSessionsInput,
  RevokeSessionsPayload,
  SignOutEverywhereInput,
  SignOutEverywherePayload,
} from './auth.types.js';
import { acceptInvitation, createInvitation, endSessions, MIN_PASSWORD, sessionsEnded } from './session.service.js';
import { signIn, signInKey } from './sign-in.service.js';

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
    return ctx.actor ? personLoader(ctx).load(ctx.actor.id) : null;
  }

  // Sign-in has no person yet to key a retry on: a repeated login simply opens another session.
  @Mutation(() => AuthPayload, {
    description:
      'Too many wrong passwords for one email, or from one address in a day, are refused for a while: RATE_LIMITED with extensions.retryAfter (seconds).',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { token, person } = await signIn(ctx, input.email, input.password);
    return { token, person: Person.from(person) };
  }

  @Mutation(() => Boolean, {
    description: 'Ends the session whose token made this request; its open sockets close (4403).',
  })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const sessionId = ctx.sessionId;
    if (!sessionId) throw unauthenticated();
    await runMutation(ctx, 'logout', null, async (scope) => {
      const ended = await endSessions(scope.m, ctx.clock, scope.actor.id, { only: sessionId });
      await scope.emit(sessionsEnded(scope.actor, ended, 'LOGOUT', scope.actor));
      return {};
    });
    return true;
  }

  @Mutation(() => SignOutEverywherePayload, {
    description: 'Ends every session of the signed-in person, this one included, on every device.',
  })
  async signOutEverywhere(
    @Arg('input', () => SignOutEverywhereInput, { nullable: true }) input: SignOutEverywhereInput | null,
    @Ctx() ctx: Context,
  ): Promise<SignOutEverywherePayload> {
    const r = await runMutation(ctx, 'signOutEverywhere', input?.clientMutationId, async (scope) => {
      const ended = await endSessions(scope.m, ctx.clock, scope.actor.id);
      await scope.emit(sessionsEnded(scope.actor, ended, 'SIGNED_OUT_EVERYWHERE', scope.actor));
      return { sessionsEnded: ended.length };
    });
    return { sessionsEnded: r.sessionsEnded, clientMutationId: input?.clientMutationId ?? null };
  }

  @Mutation(() => ChangePasswordPayload, {
    description:
      'Changes the signed-in person’s password and ends their other sessions. Wrong current passwords count as failed sign-ins.',
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ChangePasswordPayload> {
    const actor = requireActor(ctx);
    const sessionId = ctx.sessionId as string;
    if (input.newPassword.length < MIN_PASSWORD) {
      throw badInput('newPassword', {
        reason: 'PASSWORD_TOO_SHORT',
        message: `must be at least ${MIN_PASSWORD} characters.`,
        facts: { min: MIN_PASSWORD },
      });
    }
    const person = await ctx.ds.getRepository(PersonEntity).findOneByOrFail({ id: actor.id });
    const key = signInKey(person.email ?? '');
    await ctx.limits.checkSignIn(key, ctx.caller.address);
    if (!person.passwordHash || !(await verifyPassword(person.passwordHash, input.currentPassword))) {
      await ctx.limits.signInFailed(key, ctx.caller.address);
      logger.warn(
        { email: key, address: ctx.caller.address, personId: actor.id, reason: 'wrong current password' },
        'Password change refused: wrong current password',
      );
      throw badInput('currentPassword', { reason: 'WRONG_CURRENT_PASSWORD', message: 'is not your current password.' });
    }
    const passwordHash = await hashPassword(input.newPassword);
    const r = await runMutation(ctx, 'changePassword', input.clientMutationId, async (scope) => {
      await scope.m.getRepository(PersonEntity).update({ id: actor.id }, { passwordHash });
      const ended = await endSessions(scope.m, ctx.clock, actor.id, { except: sessionId });
      await scope.emit(sessionsEnded(actor, ended, 'PASSWORD_CHANGED', actor));
      return { sessionsEnded: ended.length };
    });
    return { sessionsEnded: r.sessionsEnded, clientMutationId: input.clientMutationId ?? null };
  }

  @Mutation(() => RevokeSessionsPayload, {
    description: 'An administrator ends every session of a person of the programme; their sockets close (4403).',
  })
  async revokeSessions(
    @Arg('input', () => RevokeSessionsInput) input: RevokeSessionsInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeSessionsPayload> {
    const actor = requireActor(ctx);
    authorize(
      ctx,
      'session.revoke',
      { type: 'program', programId: actor.programId },
      { reason: 'SESSIONS_ADMIN_ONLY', message: 'Only an administrator may end someone else’s sessions.' },
    );
    const target = await ctx.ds
      .getRepository(PersonEntity)
      .findOneBy({ id: input.personId, programId: actor.programId });
    if (!target) throw notFound('person', input.personId);
    const r = await runMutation(ctx, 'revokeSessions', input.clientMutationId, async (scope) => {
      const ended = await endSessions(scope.m, ctx.clock, target.id);
      await scope.emit(sessionsEnded(target, ended, 'REVOKED_BY_ADMIN', scope.actor));
      return { sessionsEnded: ended.length };
    });
    return {
      person: Person.from(target),
      sessionsEnded: r.sessionsEnded,
      clientMutationId: input.clientMutationId ?? null,
    };
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
      { reason: 'INVITE_WORKING_GROUP_ONLY', message: 'Only the working group may invite people.' },
    );
    // The link holds the token, which is never stored: a retry cannot give the same link back,
    // so a repeated clientMutationId is refused rather than answered with a new invitation.
    let token: string | null = null;
    const result = await runMutation(ctx, 'invitePerson', input.clientMutationId, async (scope) => {
      if (
        input.unitId &&
        !(await scope.m.getRepository(UnitEntity).existsBy({ id: input.unitId, programId: input.programId }))
      ) {
        throw badInput('unitId', { reason: 'UNKNOWN_UNIT', message: 'no such unit in this programme.' });
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
      throw new DomainError('CONFLICT', {
        reason: 'INVITATION_ALREADY_SENT',
        message: 'This invitation was already sent; its link is shown only once. Send a new invitation.',
      });
    }
    const base = publicBase(ctx.config);
    const invitation: Invitation = {
      email: result.email as string,
      role: result.role as Invitation['role'],
      expiresAt: new Date(result.expiresAt as string),
      link: `${base}/invite/${token}`,
    };
    return { invitation, clientMutationId: input.clientMutationId ?? null };
  }
}
