import { ok } from './client.js';
import { DemoInvitationsDocument } from './generated/graphql.js';

/**
 * The demo expert's open invitation to review a draft (the demo's story leaves one on the master
 * plan's 送审稿, apps/server/src/demo/story-data.ts): a test that needs an expert's review uses it
 * rather than inviting the expert a second time, which the server refuses.
 */
export async function demoInvitation(url: string, expertToken: string, draftId: string): Promise<string> {
  const { myReviewAssignments } = await ok(url, DemoInvitationsDocument, {}, expertToken);
  const invited = myReviewAssignments.find((a) => a.draft.id === draftId && a.status === 'INVITED');
  if (!invited) throw new Error('the demo expert has no open invitation to review this draft');
  return invited.id;
}
