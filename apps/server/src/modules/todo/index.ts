/** The to-do module: what waits for the signed-in person (opinions to answer, reviews, action items, approvals). */
import type { GongbianModule } from '../../module.js';
import { TodoResolver } from './todo.resolver.js';

export const todoModule: GongbianModule = { name: 'todo', resolvers: [TodoResolver] };
