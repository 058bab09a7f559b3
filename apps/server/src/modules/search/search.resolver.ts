import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { requireActor } from '../../auth/authorize.js';
import { visibleThreadSql } from '../../auth/visibility.js';
import { badInput } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { readableProgram } from '../program/index.js';

const SEARCH_KINDS = ['DRAFT_BLOCK', 'THREAD', 'COMMENT', 'MEETING', 'TOPIC'] as const;
type SearchKind = (typeof SEARCH_KINDS)[number];
const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, { name: 'SearchKind' });

@ObjectType()
export class SearchHit {
  @Field(() => SearchKindEnum) kind: SearchKind;
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: 'The text around the first match.' }) snippet: string;
  @Field(() => ID, { nullable: true, description: 'The draft a block or comment belongs to.' }) draftId: string | null;
}

/** Up to `radius` characters either side of the first match. */
function snippetOf(text: string, query: string, radius = 40): string {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return text.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + query.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Draft passages, comments and research topics of a programme containing the query (2+ characters).',
  })
  async search(
    @Arg('programId', () => ID) programId: string,
    @Arg('query', () => String) query: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
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
    const limit = Math.min(Math.max(first ?? 30, 1), 100);
    const visible = visibleThreadSql('t', requireActor(ctx), ctx.clock.today(), 4);
    // gb_bigrams(…) @> gb_bigrams(q) uses the GIN indexes (see the SearchBigrams migration);
    // strpos confirms the whole query occurs, in order. A draft's blocks join their index just
    // after the publication commits (modules/draft/block-index.ts): until then they are read
    // directly, the few of them found by draft_block_unindexed.
    const rows: { kind: SearchKind; id: string; title: string; text: string; draft_id: string | null }[] =
      await ctx.ds.query(
        `(SELECT 'DRAFT_BLOCK' AS kind, b.draft_id::text || ':' || b.block_id AS id,
               p.title || ' 第' || d.version || '版' AS title, b.text, b.draft_id::text AS draft_id, d.version AS rank
          FROM (SELECT draft_id, block_id, ord, text FROM draft_block
                 WHERE indexed AND gb_bigrams(text) @> gb_bigrams($2)
                UNION ALL
                SELECT draft_id, block_id, ord, text FROM draft_block WHERE NOT indexed) b
          JOIN draft d ON d.id = b.draft_id JOIN plan p ON p.id = d.plan_id
         WHERE d.program_id = $1 AND strpos(lower(b.text), lower($2)) > 0
         ORDER BY d.version DESC, b.ord LIMIT $3)
       UNION ALL
       (SELECT 'COMMENT', c.id::text, coalesce(t.quote, '全文意见'), c.body, t.draft_id::text, 0
          FROM comment c JOIN thread t ON t.id = c.thread_id
         WHERE t.program_id = $1 AND gb_bigrams(c.body) @> gb_bigrams($2) AND strpos(lower(c.body), lower($2)) > 0
           AND ${visible.sql}
         ORDER BY c.created_at DESC LIMIT $3)
       UNION ALL
       (SELECT 'TOPIC', r.id::text, '课题' || r.number || '：' || r.title, r.title || ' ' || r.content, NULL, 0
          FROM research_topic r
         WHERE r.program_id = $1 AND gb_bigrams(r.title || ' ' || r.content) @> gb_bigrams($2)
           AND strpos(lower(r.title || ' ' || r.content), lower($2)) > 0
         ORDER BY r.number LIMIT $3)`,
        [program.id, q, limit, ...visible.params],
      );
    return rows.slice(0, limit).map((r) =>
      Object.assign(new SearchHit(), {
        kind: r.kind,
        id: r.id,
        title: r.title,
        snippet: snippetOf(r.text, q),
        draftId: r.draft_id,
      }),
    );
  }
}
