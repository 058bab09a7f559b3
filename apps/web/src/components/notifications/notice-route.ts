import type { NotificationItemFragment } from '@gongbian/graphql-client';
import type { RouteLocationRaw } from 'vue-router';

/** The page a notice opens (its `link` from the server): the thread in its draft, the review, the meeting, or the overview. */
export function noticeRoute(link: NotificationItemFragment['link']): RouteLocationRaw {
  switch (link.to) {
    case 'THREAD':
      return link.draftId
        ? { name: 'draft', params: { draftId: link.draftId }, query: { thread: link.id } }
        : { name: 'overview' };
    case 'REVIEW':
      return { name: 'review', params: { assignmentId: link.id } };
    case 'MEETING':
      return { name: 'meeting', params: { id: link.id } };
    default:
      return { name: 'overview' };
  }
}
