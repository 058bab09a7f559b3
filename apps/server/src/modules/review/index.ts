/** The review module: experts' formal reviews of a draft (评审), sealed until submitted. */
import type { GongbianModule } from '../../module.js';
import './review.events.js';
import { ReviewAssignmentEntity } from './review.entity.js';
import { DraftReviewsResolver, ReviewAssignmentResolver } from './review.resolver.js';

export * from './review.entity.js';
export { sealOpenTo } from './review.loaders.js';
export { assignReview, notifyOverdueReviews, respondToReview, submitReview } from './review.service.js';
export { Review } from './review.types.js';

export const reviewModule: GongbianModule = {
  name: 'review',
  entities: [ReviewAssignmentEntity],
  resolvers: [DraftReviewsResolver, ReviewAssignmentResolver],
};
