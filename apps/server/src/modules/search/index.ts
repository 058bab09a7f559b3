/** The search module: one box over a programme's passages, opinions, meetings, topics, milestones and plans. */
import type { GongbianModule } from '../../module.js';
import { SearchResolver } from './search.resolver.js';

export const searchModule: GongbianModule = { name: 'search', resolvers: [SearchResolver] };
