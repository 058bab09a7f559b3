/** The topic module: the research topics (重点调研课题) and their units. */

import { entityNode } from '../../graphql/node.resolver.js';
import type { GongbianModule } from '../../module.js';
import './topic.events.js';
import { TopicCoUnitEntity, TopicEntity } from './topic.entity.js';
import { TopicResolver } from './topic.resolver.js';
import { ResearchTopic } from './topic.types.js';

export * from './topic.entity.js';
export { ResearchTopic } from './topic.types.js';

export const topicModule: GongbianModule = {
  name: 'topic',
  entities: [TopicEntity, TopicCoUnitEntity],
  resolvers: [TopicResolver],
  nodes: [entityNode(TopicEntity, ResearchTopic.from, (e) => e.programId)],
};
