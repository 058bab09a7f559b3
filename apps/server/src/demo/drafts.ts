import { importMarkdown } from '@gongbian/documents';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../clock.js';
import { actorOf } from '../modules/auth/index.js';
import { createDraft } from '../modules/draft/index.js';
import { PersonEntity } from '../modules/person/index.js';
import { PlanEntity } from '../modules/plan/index.js';
import { disposeThread, reply, startThread } from '../modules/thread/index.js';
import { type WriteScope, writeScope } from '../writes/write-scope.js';
import {
  DEMO_THREADS,
  MASTER_V1_MARKDOWN,
  MASTER_V1_TITLE,
  MASTER_V2_MARKDOWN,
  MASTER_V2_TITLE,
} from './drafts-data.js';

/**
 * The master plan's 征求意见稿 with the opinions raised on it and their dispositions, then its
 * 送审稿, into which the open ones are carried — written through the same services as the API,
 * so the demo holds exactly what people would have produced.
 */
export async function seedDemoDrafts(
  m: EntityManager,
  { clock }: { clock: Clock },
  programId: string,
  personIds: Record<string, string>,
): Promise<void> {
  const people = await m.getRepository(PersonEntity).findBy({ programId });
  let seq = 0;
  // A scope per write, each a second after the last, so the demo's threads read in the order they were written.
  const as = (account: string): WriteScope => {
    const person = people.find((p) => p.id === personIds[account]);
    if (!person) throw new Error(`Demo drafts name an unknown account: ${account}`);
    return writeScope(m, actorOf(person), new Date(clock.now().getTime() - 3_600_000 + seq++ * 1000));
  };
  const plan = await m.getRepository(PlanEntity).findOneOrFail({ where: { programId, kind: 'MASTER' } });
  const lead = as('guicai');
  const v1Blocks = importMarkdown(MASTER_V1_MARKDOWN);
  const { draftId } = await createDraft(lead, {
    plan,
    stage: 'CONSULTATION',
    title: MASTER_V1_TITLE,
    blocks: v1Blocks,
    commentDeadline: null,
    sourceFormat: 'MARKDOWN',
  });
  for (const t of DEMO_THREADS) {
    const author = as(t.author);
    let anchor = null;
    if (t.quote) {
      const block = v1Blocks.find((b) => b.text.includes(t.quote as string));
      if (!block) throw new Error(`Demo quote not in the draft: ${t.quote}`);
      const start = block.text.indexOf(t.quote);
      anchor = { blockId: block.id, start, end: start + t.quote.length, quote: t.quote };
    }
    const { threadId } = await startThread(author, {
      draftId,
      anchor,
      body: t.body,
      source: 'ONLINE',
    });
    for (const r of t.replies) {
      const who = as(r.author);
      await reply(who, threadId, r.body);
    }
    if (t.status !== 'OPEN' && t.decidedBy) {
      const who = as(t.decidedBy);
      await disposeThread(who, threadId, t.status, t.reason);
    }
  }
  await createDraft(as('guicai'), {
    plan,
    stage: 'REVIEW',
    title: MASTER_V2_TITLE,
    blocks: importMarkdown(MASTER_V2_MARKDOWN),
    commentDeadline: null,
    sourceFormat: 'MARKDOWN',
  });
}
