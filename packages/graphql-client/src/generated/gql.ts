/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ActivityItem on Activity {\n  id\n  at\n  summary\n  subjectId\n  actor {\n    id\n    name\n  }\n}": typeof types.ActivityItemFragmentDoc,
    "mutation CreateDraft($input: CreateDraftInput!) {\n  createDraft(input: $input) {\n    clientMutationId\n    carriedThreads\n    orphanedThreads\n    draft {\n      id\n      version\n      stage\n      title\n    }\n  }\n}": typeof types.CreateDraftDocument,
    "query DispositionTable($draftId: ID!, $format: ExportFormat!) {\n  dispositionTable(draftId: $draftId, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}": typeof types.DispositionTableDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n}": typeof types.MeDocument,
    "fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": typeof types.MilestoneItemFragmentDoc,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}": typeof types.UpdateMilestoneDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    clientMutationId\n    unread\n  }\n}": typeof types.MarkNotificationsReadDocument,
    "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    notification {\n      ...NotificationItem\n    }\n  }\n}": typeof types.NotificationEventsDocument,
    "fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  subjectId\n  read\n}": typeof types.NotificationItemFragmentDoc,
    "query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}": typeof types.NotificationsDocument,
    "query ThreadDraft($id: ID!) {\n  thread(id: $id) {\n    id\n    draft {\n      id\n    }\n  }\n}": typeof types.ThreadDraftDocument,
    "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": typeof types.PlanRowFragmentDoc,
    "subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}": typeof types.DraftPresenceDocument,
    "fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  author {\n    id\n    name\n  }\n}": typeof types.CommentItemFragmentDoc,
    "mutation DisposeThread($input: DisposeThreadInput!) {\n  disposeThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": typeof types.DisposeThreadDocument,
    "query DraftThreads($id: ID!, $first: Int, $after: String) {\n  draft(id: $id) {\n    id\n    threads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadItem\n        }\n      }\n    }\n  }\n}": typeof types.DraftThreadsDocument,
    "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": typeof types.EditCommentDocument,
    "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": typeof types.ReplyDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": typeof types.StartThreadDocument,
    "subscription ThreadEvents($draftId: ID!, $after: String) {\n  threadEvents(draftId: $draftId, after: $after) {\n    cursor\n    kind\n    thread {\n      ...ThreadItem\n    }\n  }\n}": typeof types.ThreadEventsDocument,
    "fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n}": typeof types.ThreadItemFragmentDoc,
    "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}": typeof types.TimelinePhaseFragmentDoc,
    "fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": typeof types.TopicCardFragmentDoc,
    "mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}": typeof types.UpdateTopicDocument,
    "query EventCursor {\n  programs {\n    id\n    eventCursor\n  }\n}": typeof types.EventCursorDocument,
    "query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      text\n    }\n    new {\n      id\n      kind\n      level\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}": typeof types.CompareDraftsDocument,
    "subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": typeof types.DraftProgramEventsDocument,
    "query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n    }\n  }\n}": typeof types.DraftReaderDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": typeof types.LoginDocument,
    "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}": typeof types.ProgramEventsDocument,
    "query ProgramOverview($id: ID!) {\n  clock {\n    today\n    fixed\n  }\n  program(id: $id) {\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n}": typeof types.ProgramOverviewDocument,
    "query Programs {\n  programs {\n    id\n    name\n  }\n}": typeof types.ProgramsDocument,
    "query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n    }\n  }\n}": typeof types.PlanVersionsDocument,
};
const documents: Documents = {
    "fragment ActivityItem on Activity {\n  id\n  at\n  summary\n  subjectId\n  actor {\n    id\n    name\n  }\n}": types.ActivityItemFragmentDoc,
    "mutation CreateDraft($input: CreateDraftInput!) {\n  createDraft(input: $input) {\n    clientMutationId\n    carriedThreads\n    orphanedThreads\n    draft {\n      id\n      version\n      stage\n      title\n    }\n  }\n}": types.CreateDraftDocument,
    "query DispositionTable($draftId: ID!, $format: ExportFormat!) {\n  dispositionTable(draftId: $draftId, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}": types.DispositionTableDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n}": types.MeDocument,
    "fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": types.MilestoneItemFragmentDoc,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}": types.UpdateMilestoneDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    clientMutationId\n    unread\n  }\n}": types.MarkNotificationsReadDocument,
    "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    notification {\n      ...NotificationItem\n    }\n  }\n}": types.NotificationEventsDocument,
    "fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  subjectId\n  read\n}": types.NotificationItemFragmentDoc,
    "query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}": types.NotificationsDocument,
    "query ThreadDraft($id: ID!) {\n  thread(id: $id) {\n    id\n    draft {\n      id\n    }\n  }\n}": types.ThreadDraftDocument,
    "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": types.PlanRowFragmentDoc,
    "subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}": types.DraftPresenceDocument,
    "fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  author {\n    id\n    name\n  }\n}": types.CommentItemFragmentDoc,
    "mutation DisposeThread($input: DisposeThreadInput!) {\n  disposeThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": types.DisposeThreadDocument,
    "query DraftThreads($id: ID!, $first: Int, $after: String) {\n  draft(id: $id) {\n    id\n    threads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadItem\n        }\n      }\n    }\n  }\n}": types.DraftThreadsDocument,
    "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": types.EditCommentDocument,
    "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": types.ReplyDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": types.StartThreadDocument,
    "subscription ThreadEvents($draftId: ID!, $after: String) {\n  threadEvents(draftId: $draftId, after: $after) {\n    cursor\n    kind\n    thread {\n      ...ThreadItem\n    }\n  }\n}": types.ThreadEventsDocument,
    "fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n}": types.ThreadItemFragmentDoc,
    "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}": types.TimelinePhaseFragmentDoc,
    "fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": types.TopicCardFragmentDoc,
    "mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}": types.UpdateTopicDocument,
    "query EventCursor {\n  programs {\n    id\n    eventCursor\n  }\n}": types.EventCursorDocument,
    "query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      text\n    }\n    new {\n      id\n      kind\n      level\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}": types.CompareDraftsDocument,
    "subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": types.DraftProgramEventsDocument,
    "query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n    }\n  }\n}": types.DraftReaderDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": types.LoginDocument,
    "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}": types.ProgramEventsDocument,
    "query ProgramOverview($id: ID!) {\n  clock {\n    today\n    fixed\n  }\n  program(id: $id) {\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n}": types.ProgramOverviewDocument,
    "query Programs {\n  programs {\n    id\n    name\n  }\n}": types.ProgramsDocument,
    "query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n    }\n  }\n}": types.PlanVersionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityItem on Activity {\n  id\n  at\n  summary\n  subjectId\n  actor {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ActivityItem on Activity {\n  id\n  at\n  summary\n  subjectId\n  actor {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDraft($input: CreateDraftInput!) {\n  createDraft(input: $input) {\n    clientMutationId\n    carriedThreads\n    orphanedThreads\n    draft {\n      id\n      version\n      stage\n      title\n    }\n  }\n}"): (typeof documents)["mutation CreateDraft($input: CreateDraftInput!) {\n  createDraft(input: $input) {\n    clientMutationId\n    carriedThreads\n    orphanedThreads\n    draft {\n      id\n      version\n      stage\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispositionTable($draftId: ID!, $format: ExportFormat!) {\n  dispositionTable(draftId: $draftId, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}"): (typeof documents)["query DispositionTable($draftId: ID!, $format: ExportFormat!) {\n  dispositionTable(draftId: $draftId, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}"): (typeof documents)["fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}"): (typeof documents)["mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    clientMutationId\n    unread\n  }\n}"): (typeof documents)["mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    clientMutationId\n    unread\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    notification {\n      ...NotificationItem\n    }\n  }\n}"): (typeof documents)["subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    notification {\n      ...NotificationItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  subjectId\n  read\n}"): (typeof documents)["fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  subjectId\n  read\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}"): (typeof documents)["query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadDraft($id: ID!) {\n  thread(id: $id) {\n    id\n    draft {\n      id\n    }\n  }\n}"): (typeof documents)["query ThreadDraft($id: ID!) {\n  thread(id: $id) {\n    id\n    draft {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"): (typeof documents)["fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}"): (typeof documents)["subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  author {\n    id\n    name\n  }\n}"): (typeof documents)["fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  author {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DisposeThread($input: DisposeThreadInput!) {\n  disposeThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}"): (typeof documents)["mutation DisposeThread($input: DisposeThreadInput!) {\n  disposeThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftThreads($id: ID!, $first: Int, $after: String) {\n  draft(id: $id) {\n    id\n    threads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadItem\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query DraftThreads($id: ID!, $first: Int, $after: String) {\n  draft(id: $id) {\n    id\n    threads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadItem\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}"): (typeof documents)["mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}"): (typeof documents)["mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}"): (typeof documents)["mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ThreadEvents($draftId: ID!, $after: String) {\n  threadEvents(draftId: $draftId, after: $after) {\n    cursor\n    kind\n    thread {\n      ...ThreadItem\n    }\n  }\n}"): (typeof documents)["subscription ThreadEvents($draftId: ID!, $after: String) {\n  threadEvents(draftId: $draftId, after: $after) {\n    cursor\n    kind\n    thread {\n      ...ThreadItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n}"): (typeof documents)["fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}"): (typeof documents)["fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"): (typeof documents)["fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}"): (typeof documents)["mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventCursor {\n  programs {\n    id\n    eventCursor\n  }\n}"): (typeof documents)["query EventCursor {\n  programs {\n    id\n    eventCursor\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      text\n    }\n    new {\n      id\n      kind\n      level\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      text\n    }\n    new {\n      id\n      kind\n      level\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"): (typeof documents)["subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n    }\n  }\n}"): (typeof documents)["query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}"): (typeof documents)["subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramOverview($id: ID!) {\n  clock {\n    today\n    fixed\n  }\n  program(id: $id) {\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n}"): (typeof documents)["query ProgramOverview($id: ID!) {\n  clock {\n    today\n    fixed\n  }\n  program(id: $id) {\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programs {\n  programs {\n    id\n    name\n  }\n}"): (typeof documents)["query Programs {\n  programs {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;