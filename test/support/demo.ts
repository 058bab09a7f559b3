import { ok } from './client.js';
import { DemoInvitationsDocument, DemoRoundDocument } from './generated/graphql.js';

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

/**
 * The demo's round of public consultation (the 应急物资储备 special plan's 征求意见稿, open from
 * 2021-07-08 to 2021-08-08: apps/server/src/demo/consultation-data.ts). Its address is made anew
 * with every seed, so tests look it up.
 */
export async function demoRound(url: string, token: string): Promise<{ id: string; slug: string; draftId: string }> {
  const { programs } = await ok(url, DemoRoundDocument, {}, token);
  for (const plan of programs[0]?.plans ?? []) {
    const round = plan.currentDraft?.consultation;
    if (round && plan.currentDraft) return { ...round, draftId: plan.currentDraft.id };
  }
  throw new Error('the demo has no round of public consultation');
}
