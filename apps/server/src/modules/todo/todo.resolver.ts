import { Ctx, Query, Resolver } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import type { Context } from '../../graphql/context.js';
import { Todo } from './todo.types.js';
import { readTodo } from './todo-lists.js';

@Resolver(() => Todo)
export class TodoResolver {
  // Only one's own: everything in it is read for the signed-in person, under their seals.
  @Query(() => Todo, { description: 'What waits for the signed-in person: 待我答复, 待我评审, 待我处理.' })
  todo(@Ctx() ctx: Context): Promise<Todo> {
    return readTodo(ctx.ds, requireActor(ctx), ctx.clock.today());
  }
}
