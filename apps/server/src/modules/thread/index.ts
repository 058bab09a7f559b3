/** The thread module: opinions on passages of a draft, their replies and dispositions. */
import type { GongbianModule } from '../../module.js';
import { onVersionPublished } from '../draft/index.js';
import { checkAdoptions } from './adoption.js';
import { AdoptionCheckResolver, ThreadAdoptionResolver } from './adoption.resolver.js';
import './thread.events.js';
import { CommentEntity, CommentMentionEntity, ThreadEntity, ThreadPlacementEntity } from './thread.entity.js';
import {
  CommentResolver,
  DispositionResolver,
  DraftThreadsResolver,
  ThreadPlacementResolver,
  ThreadResolver,
} from './thread.resolver.js';
import { ThreadEventResolver } from './thread-events.resolver.js';
import { MeetingThreadsResolver, ReviewThreadsResolver, ThreadMeetingResolver } from './thread-links.resolver.js';

export * from './thread.entity.js';
export { threadFacts } from './thread.loaders.js';
export {
  ADOPTING,
  anchorColumns,
  checkedAnchor,
  disposeThread,
  noteOnThread,
  reply,
  startThread,
} from './thread.service.js';
export { Anchor, AnchorInput, Thread } from './thread.types.js';

onVersionPublished(checkAdoptions);

export const threadModule: GongbianModule = {
  name: 'thread',
  entities: [ThreadEntity, ThreadPlacementEntity, CommentEntity, CommentMentionEntity],
  resolvers: [
    DraftThreadsResolver,
    ThreadResolver,
    ThreadPlacementResolver,
    DispositionResolver,
    CommentResolver,
    ThreadEventResolver,
    MeetingThreadsResolver,
    ReviewThreadsResolver,
    ThreadMeetingResolver,
    ThreadAdoptionResolver,
    AdoptionCheckResolver,
  ],
};
