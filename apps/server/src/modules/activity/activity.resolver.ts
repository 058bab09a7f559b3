import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Person } from '../person/person.types.js';
import { Activity } from './activity.types.js';

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Person, { nullable: true })
  actor(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Person | null> | null {
    return activity.actorId ? ctx.loaders.person.load(activity.actorId) : null;
  }
}
