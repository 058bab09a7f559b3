import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Unit, unitLoader } from '../unit/index.js';
import { Person } from './person.types.js';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() person: Person, @Ctx() ctx: Context): Promise<Unit | null> {
    return person.unitId ? unitLoader(ctx).load(person.unitId) : null;
  }
}
