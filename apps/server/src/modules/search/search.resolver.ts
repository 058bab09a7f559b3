import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { badInput } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { readableProgram } from '../program/index.js';
import { searchRows } from './search.sql.js';
import { SEARCH_KINDS, SearchHit } from './search.types.js';

/** Up to `radius` characters either side of the first match. */
export function snippetOf(text: string, query: string, radius = 40): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return text.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + query.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

const clamp = (n: number | null, fallback: number) => Math.min(Math.max(n ?? fallback, 1), 100);

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "A programme's passages, opinions, replies, meetings (title, agenda, minutes), research topics, milestones and plans containing the query (2+ characters), kind by kind in that order. What a seal hides from the viewer is not found.",
  })
  async search(
    @Arg('programId', () => ID) programId: string,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'At most this many hits in all (30 unless given; 100 at most).',
    })
    first: number | null,
    @Arg('perKind', () => Int, {
      nullable: true,
      description:
        'At most this many of each kind (as many as `first` unless given), so one kind cannot crowd out the rest.',
    })
    perKind: number | null,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    const program = await readableProgram(ctx, programId);
    const q = query.trim();
    if ([...q].length < 2) {
      throw badInput('query', {
        reason: 'SEARCH_TOO_SHORT',
        message: 'type at least two characters.',
        facts: { min: 2 },
      });
    }
    if (q.length > 200) {
      throw badInput('query', { reason: 'SEARCH_TOO_LONG', message: 'at most 200 characters.', facts: { max: 200 } });
    }
    const limit = clamp(first, 30);
    const rows = await searchRows(
      ctx.ds.manager,
      requireActor(ctx),
      ctx.clock.today(),
      program.id,
      q,
      clamp(perKind, limit),
    );
    const order = (k: string) => SEARCH_KINDS.indexOf(k as never);
    return rows
      .sort((a, b) => order(a.kind) - order(b.kind))
      .slice(0, limit)
      .map((r) =>
        Object.assign(new SearchHit(), {
          kind: r.kind,
          id: r.id,
          title: r.title,
          snippet: snippetOf(r.text, q),
          draftId: r.draft_id,
          version: r.version,
          blockId: r.block_id,
          quote: r.quote,
          threadId: r.thread_id,
          meetingId: r.meeting_id,
          planId: r.plan_id,
          topicId: r.topic_id,
          milestoneId: r.milestone_id,
        }),
      );
  }
}
