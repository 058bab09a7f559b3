import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * What a hit is, so a page knows where it opens: a passage of a draft, an opinion (a thread's first
 * comment) or a reply, a meeting (title or agenda) or its minutes, a research topic, a milestone, a plan.
 */
export const SEARCH_KINDS = [
  'DRAFT_BLOCK',
  'THREAD',
  'COMMENT',
  'MEETING',
  'MINUTES',
  'TOPIC',
  'MILESTONE',
  'PLAN',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, { name: 'SearchKind' });

@ObjectType({ description: 'One place whose words contain the query, with the ids a page needs to open it.' })
export class SearchHit {
  @Field(() => SearchKindEnum) kind: SearchKind;
  @Field(() => ID, { description: 'The hit itself: draftId:blockId for a passage, else the row it names.' })
  id: string;
  @Field(() => String, {
    description:
      "What the hit belongs to, as its people wrote it: the plan's title (passages, opinions, replies, plans), the meeting's, the topic's or the milestone's.",
  })
  title: string;
  @Field(() => String, { description: 'The text around the first match.' }) snippet: string;
  @Field(() => ID, { nullable: true, description: 'The draft a passage, an opinion or a reply belongs to.' })
  draftId: string | null;
  @Field(() => Int, { nullable: true, description: "That draft's version." }) version: number | null;
  @Field(() => ID, { nullable: true, description: 'The block of a passage, or of the passage an opinion is on.' })
  blockId: string | null;
  @Field(() => String, { nullable: true, description: "The passage an opinion or a reply's thread quotes." })
  quote: string | null;
  @Field(() => ID, { nullable: true, description: 'The thread of an opinion or a reply.' }) threadId: string | null;
  @Field(() => ID, { nullable: true }) meetingId: string | null;
  @Field(() => ID, { nullable: true, description: 'The plan of a passage, an opinion, a reply, or the plan itself.' })
  planId: string | null;
  @Field(() => ID, { nullable: true }) topicId: string | null;
  @Field(() => ID, { nullable: true }) milestoneId: string | null;
}
