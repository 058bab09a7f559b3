import { defineCoUnitLoader } from '../unit/index.js';
import { TopicCoUnitEntity } from './topic.entity.js';

/** Each topic's co-operating units, in order. */
export const topicCoUnitIds = defineCoUnitLoader(TopicCoUnitEntity, 'topicId');
