import type {
  ConsultationSummaryFragment,
  PublicOpinionCardFragment,
  PublicOpinionGroupCardFragment,
} from '@gongbian/graphql-client';

/** An opinion from the public as the moderation queue shows it. */
export function buildOpinion(over: Partial<PublicOpinionCardFragment> = {}): PublicOpinionCardFragment {
  return {
    __typename: 'PublicOpinion',
    id: 'po-1',
    anchor: { __typename: 'Anchor', blockId: 'b7', quote: '加强应急科技支撑' },
    body: '建议增加基层应急装备配备标准。',
    authorName: '李明',
    identity: 'NPC_DEPUTY',
    submittedAt: '2020-11-20T02:30:00.000Z',
    status: 'PENDING',
    duplicateOf: null,
    thread: null,
    moderatedBy: null,
    moderationNote: null,
    version: 3,
    ...over,
  };
}

/** A round of public consultation. */
export function buildConsultation(over: Partial<ConsultationSummaryFragment> = {}): ConsultationSummaryFragment {
  return {
    __typename: 'PublicConsultation',
    id: 'pc-1',
    slug: 'tech-2021',
    publicUrl: 'https://gongbian.example.cn/public/tech-2021',
    intro: '欢迎对征求意见稿提出意见。',
    state: 'OPEN',
    opensOn: '2020-11-16',
    closesOn: '2020-12-15',
    received: 12,
    pending: 5,
    accepted: 4,
    rejected: 3,
    duplicate: 0,
    ...over,
  };
}

/** A group of pending opinions as the grouped queue shows it. */
export function buildGroup(over: Partial<PublicOpinionGroupCardFragment> = {}): PublicOpinionGroupCardFragment {
  return {
    __typename: 'PublicOpinionGroup',
    key: 'p:b7',
    by: 'PASSAGE',
    count: 12,
    blockId: 'b7',
    quote: '加强应急科技支撑能力建设。',
    latestAt: '2020-11-21T02:30:00.000Z',
    sample: buildOpinion({ id: 'po-s', body: '建议明确基层应急装备配备标准。' }),
    ...over,
  };
}

/** One page of groups, as ConsultationGroups answers. */
export function groupsPage(groups: PublicOpinionGroupCardFragment[], hasNextPage = false) {
  return {
    __typename: 'Query',
    consultation: {
      __typename: 'PublicConsultation',
      id: 'pc-1',
      groups: {
        __typename: 'PublicOpinionGroupConnection',
        totalCount: groups.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'g-cursor' : null },
        edges: groups.map((node) => ({ __typename: 'PublicOpinionGroupEdge', cursor: `c-${node.key}`, node })),
      },
    },
  };
}

/** One page of opinions, as ConsultationOpinions answers. */
export function opinionsPage(rows: PublicOpinionCardFragment[]) {
  return {
    __typename: 'Query',
    consultation: {
      __typename: 'PublicConsultation',
      id: 'pc-1',
      opinions: {
        __typename: 'PublicOpinionConnection',
        totalCount: rows.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: rows.map((node) => ({ __typename: 'PublicOpinionEdge', node })),
      },
    },
  };
}
