/** The activity module: the programme's feed, and the facts every activity and notice is worded from. */
import type { GongbianModule } from '../../module.js';
import { ActivityResolver, NotificationFactsResolver } from './activity.resolver.js';
import { activityNode } from './activity-node.js';

export { Activity } from './activity.types.js';

export const activityModule: GongbianModule = {
  name: 'activity',
  resolvers: [ActivityResolver, NotificationFactsResolver],
  nodes: [activityNode],
};
