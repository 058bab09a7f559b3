import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { membershipsOf } from './membership.loaders.js';
import { setMemberships } from './membership.service.js';
import { Membership, SetMembershipsInput, SetMembershipsPayload } from './membership.types.js';
import { PersonEntity } from './person.entity.js';
import { Person } from './person.types.js';

@Resolver(() => Person)
export class MembershipResolver {
  @FieldResolver(() => [Membership], {
    description: 'The leading group, working group and expert team the person belongs to, with title and expertise.',
  })
  memberships(@Root() person: Person, @Ctx() ctx: Context): Promise<Membership[]> {
    return membershipsOf(ctx).load(person.id);
  }

  @Mutation(() => SetMembershipsPayload, {
    description: 'Replaces a person’s memberships (admin and working group); the policy reads them at once.',
  })
  async setMemberships(
    @Arg('input', () => SetMembershipsInput) input: SetMembershipsInput,
    @Ctx() ctx: Context,
  ): Promise<SetMembershipsPayload> {
    const { personId } = await runMutation(ctx, 'setMemberships', input.clientMutationId, (scope) =>
      setMemberships(
        scope,
        input.personId,
        input.memberships.map((ms) => ({ group: ms.group, title: ms.title, expertise: ms.expertise ?? [] })),
      ),
    );
    const person = await ctx.ds.getRepository(PersonEntity).findOneByOrFail({ id: personId });
    return { person: Person.from(person), clientMutationId: input.clientMutationId ?? null };
  }
}
