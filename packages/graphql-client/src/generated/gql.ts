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
    "fragment ActivityItem on Activity {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  actor {\n    id\n    name\n  }\n}": typeof types.ActivityItemFragmentDoc,
    "fragment DashboardFigures on Dashboard {\n  programId\n  asOf\n  currentPhase {\n    id\n    order\n    name\n  }\n  phases {\n    ...TimelinePhase\n    milestones {\n      id\n      status\n      overdue\n    }\n    gate {\n      ...DashboardGate\n    }\n  }\n  plansByStage {\n    status\n    count\n  }\n  topicsByStatus {\n    status\n    count\n  }\n  topicsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByStatus {\n    status\n    count\n  }\n  threadsByPlan {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  reviewsByStatus {\n    status\n    count\n  }\n  reviewScores {\n    draftId\n    foresight\n    scientific\n    operability\n    submitted\n  }\n  overdue {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueTopics {\n    id\n    number\n    title\n    dueOn\n    leadUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueActionItems {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n    meeting {\n      id\n      title\n    }\n  }\n  unitLoad {\n    unit {\n      id\n      name\n      shortName\n    }\n    openThreads\n    overdueItems\n  }\n  recentActivity(first: 20) {\n    ...ActivityItem\n  }\n}\n\nfragment DashboardGate on Gate {\n  met\n  conditions {\n    code\n    label\n    met\n    detail\n    facts {\n      name\n      value\n    }\n  }\n  overriddenBy {\n    id\n    name\n  }\n  overriddenAt\n}": typeof types.DashboardFiguresFragmentDoc,
    "mutation OverridePhaseGate($input: OverridePhaseGateInput!) {\n  overridePhaseGate(input: $input) {\n    phase {\n      id\n      gate {\n        met\n        overriddenAt\n        overriddenBy {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.OverridePhaseGateDocument,
    "mutation CreateDraft($input: CreateDraftInput!) {\n  createDraft(input: $input) {\n    clientMutationId\n    carriedThreads\n    orphanedThreads\n    draft {\n      id\n      version\n      stage\n      title\n    }\n  }\n}": typeof types.CreateDraftDocument,
    "query DispositionTable($draftId: ID!, $format: ExportFormat!) {\n  dispositionTable(draftId: $draftId, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}": typeof types.DispositionTableDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n    memberships {\n      group\n    }\n  }\n}": typeof types.MeDocument,
    "mutation SignOutEverywhere {\n  signOutEverywhere {\n    sessionsEnded\n  }\n}": typeof types.SignOutEverywhereDocument,
    "mutation AddActionItem($input: AddActionItemInput!) {\n  addActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}": typeof types.AddActionItemDocument,
    "mutation EditMinutes($input: EditMinutesInput!) {\n  editMinutes(input: $input) {\n    clientMutationId\n    meeting {\n      id\n      minutes\n      minutesVersion\n    }\n  }\n}": typeof types.EditMinutesDocument,
    "mutation LogMeeting($input: LogMeetingInput!) {\n  logMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      id\n    }\n  }\n}": typeof types.LogMeetingDocument,
    "fragment MeetingActionItem on ActionItem {\n  id\n  title\n  dueOn\n  status\n  overdue\n  viewerCan {\n    update\n  }\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": typeof types.MeetingActionItemFragmentDoc,
    "fragment MeetingConclusion on MeetingConclusion {\n  verdict\n  text\n  recordedAt\n  recordedBy {\n    id\n    name\n  }\n}": typeof types.MeetingConclusionFragmentDoc,
    "fragment MeetingDetail on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  agenda\n  minutes\n  minutesVersion\n  minutesEditedAt\n  minutesEditedBy {\n    id\n    name\n  }\n  hasTakenPlace\n  conclusion {\n    ...MeetingConclusion\n  }\n  viewerCan {\n    edit\n    editMinutes\n    addActionItem\n    recordOpinion\n    recordConclusion\n  }\n  externalAttendees\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  attendees {\n    id\n    name\n    title\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  actionItems {\n    ...MeetingActionItem\n  }\n  threads {\n    ...MeetingOpinion\n  }\n}": typeof types.MeetingDetailFragmentDoc,
    "subscription MeetingEvents($meetingId: ID!, $after: String) {\n  meetingEvents(meetingId: $meetingId, after: $after) {\n    cursor\n    kind\n    minutesVersion\n    editedBy {\n      id\n      name\n    }\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}": typeof types.MeetingEventsDocument,
    "fragment MeetingOpinion on Thread {\n  id\n  status\n  source\n  quote\n  externalAuthor\n  createdAt\n  anchor {\n    blockId\n    start\n    end\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  disposition {\n    status\n    reason\n  }\n  comments {\n    id\n    body\n    bodyHtml\n  }\n  draft {\n    id\n    version\n    plan {\n      id\n      title\n    }\n  }\n}": typeof types.MeetingOpinionFragmentDoc,
    "query MeetingOptions($programId: ID!) {\n  program(id: $programId) {\n    id\n    units {\n      id\n      name\n      shortName\n      kind\n    }\n    plans {\n      id\n      title\n      currentDraft {\n        id\n        version\n        stage\n        title\n      }\n    }\n    people {\n      id\n      name\n      role\n      title\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}": typeof types.MeetingOptionsDocument,
    "query MeetingRecord($meetingId: ID!) {\n  meetingRecord(meetingId: $meetingId) {\n    url\n    filename\n    expiresAt\n  }\n}": typeof types.MeetingRecordDocument,
    "subscription MeetingRoom($meetingId: ID!, $clientId: Float) {\n  meetingPresence(meetingId: $meetingId, clientId: $clientId) {\n    meetingId\n    awareness\n    viewers {\n      clientId\n      person {\n        id\n        name\n        unit {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n}": typeof types.MeetingRoomDocument,
    "subscription MinutesUpdates($meetingId: ID!, $after: String) {\n  minutesUpdates(meetingId: $meetingId, after: $after) {\n    meetingId\n    cursor\n    update\n    whole\n  }\n}": typeof types.MinutesUpdatesDocument,
    "query OpinionDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}": typeof types.OpinionDraftDocument,
    "mutation PushMinutesUpdate($input: PushMinutesUpdateInput!) {\n  pushMinutesUpdate(input: $input) {\n    meetingId\n    minutesVersion\n    clientMutationId\n  }\n}": typeof types.PushMinutesUpdateDocument,
    "mutation RecordMeetingConclusion($input: RecordConclusionInput!) {\n  recordMeetingConclusion(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}": typeof types.RecordMeetingConclusionDocument,
    "mutation RecordMeetingOpinion($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...MeetingOpinion\n    }\n  }\n}": typeof types.RecordMeetingOpinionDocument,
    "mutation RelayMinutesAwareness($input: RelayMinutesAwarenessInput!) {\n  relayMinutesAwareness(input: $input)\n}": typeof types.RelayMinutesAwarenessDocument,
    "mutation UpdateActionItem($input: UpdateActionItemInput!) {\n  updateActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}": typeof types.UpdateActionItemDocument,
    "mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}": typeof types.UpdateMeetingDocument,
    "fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": typeof types.MilestoneItemFragmentDoc,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}": typeof types.UpdateMilestoneDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    clientMutationId\n    unread\n  }\n}": typeof types.MarkNotificationsReadDocument,
    "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    notification {\n      ...NotificationItem\n    }\n  }\n}": typeof types.NotificationEventsDocument,
    "fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  link {\n    to\n    id\n    draftId\n    plan\n    version\n    quote\n  }\n  read\n}": typeof types.NotificationItemFragmentDoc,
    "query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}": typeof types.NotificationsDocument,
    "fragment ApprovalItem on Approval {\n  id\n  step\n  decision\n  opinion\n  version\n  requestedAt\n  decidedAt\n  draft {\n    id\n    version\n  }\n  meeting {\n    id\n    title\n    startsAt\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n}": typeof types.ApprovalItemFragmentDoc,
    "mutation DecideApproval($input: DecideApprovalInput!) {\n  decideApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n    }\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}": typeof types.DecideApprovalDocument,
    "query ExpertMeetings($programId: ID!, $planId: ID!) {\n  program(id: $programId) {\n    id\n    meetings(first: 50, filter: {kinds: [EXPERT_REVIEW], planId: $planId}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          conclusion {\n            verdict\n            text\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ExpertMeetingsDocument,
    "mutation IssuePlan($input: IssuePlanInput!) {\n  issuePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}": typeof types.IssuePlanDocument,
    "fragment PlanLifecycle on Plan {\n  id\n  kind\n  stage\n  version\n  publishableStages\n  approvalSteps\n  viewerCan {\n    publishDraft\n    requestApproval\n    decideApproval\n    issue\n    edit\n  }\n  approvals {\n    ...ApprovalItem\n  }\n  issued {\n    docNumber\n    issuedOn\n    issuer\n    filedOn\n    draft {\n      id\n      version\n    }\n  }\n}": typeof types.PlanLifecycleFragmentDoc,
    "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": typeof types.PlanRowFragmentDoc,
    "query ProgramExport($programId: ID!, $kind: ProgramExportKind!, $format: ExportFormat!) {\n  programExport(programId: $programId, kind: $kind, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}": typeof types.ProgramExportDocument,
    "query PublishableStages($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Plan {\n      stage\n      publishableStages\n    }\n  }\n}": typeof types.PublishableStagesDocument,
    "mutation RecordFiling($input: RecordFilingInput!) {\n  recordFiling(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}": typeof types.RecordFilingDocument,
    "mutation RequestApproval($input: RequestApprovalInput!) {\n  requestApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n      plan {\n        ...PlanLifecycle\n      }\n    }\n  }\n}": typeof types.RequestApprovalDocument,
    "subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}": typeof types.DraftPresenceDocument,
    "mutation AssignReview($input: AssignReviewInput!) {\n  assignReview(input: $input) {\n    clientMutationId\n    assignment {\n      id\n      status\n      dueOn\n    }\n  }\n}": typeof types.AssignReviewDocument,
    "mutation RespondToReview($input: RespondToReviewInput!) {\n  respondToReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}": typeof types.RespondToReviewDocument,
    "fragment ReviewAssignmentItem on ReviewAssignment {\n  id\n  dueOn\n  status\n  overdue\n  declineReason\n  draft {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n  }\n  review {\n    verdict\n    foresight\n    scientific\n    operability\n    summary\n    submittedAt\n    threads {\n      id\n      quote\n    }\n  }\n}": typeof types.ReviewAssignmentItemFragmentDoc,
    "mutation StartReviewComment($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": typeof types.StartReviewCommentDocument,
    "mutation SubmitReview($input: SubmitReviewInput!) {\n  submitReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}": typeof types.SubmitReviewDocument,
    "query GlobalSearch($programId: ID!, $q: String!) {\n  search(programId: $programId, query: $q, first: 60, perKind: 8) {\n    kind\n    id\n    title\n    snippet\n    draftId\n    version\n    blockId\n    quote\n    threadId\n    meetingId\n    planId\n    topicId\n    milestoneId\n  }\n}": typeof types.GlobalSearchDocument,
    "fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  viewerCan {\n    edit\n  }\n  author {\n    id\n    name\n  }\n}": typeof types.CommentItemFragmentDoc,
    "mutation DisposeThread($input: DisposeThreadInput!) {\n  disposeThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": typeof types.DisposeThreadDocument,
    "query DraftThreads($id: ID!, $first: Int, $after: String) {\n  draft(id: $id) {\n    id\n    threads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadItem\n        }\n      }\n    }\n  }\n}": typeof types.DraftThreadsDocument,
    "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": typeof types.EditCommentDocument,
    "query MentionPeople {\n  programs {\n    id\n    people {\n      id\n      name\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}": typeof types.MentionPeopleDocument,
    "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": typeof types.ReplyDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": typeof types.StartThreadDocument,
    "subscription ThreadEvents($draftId: ID!, $after: String) {\n  threadEvents(draftId: $draftId, after: $after) {\n    cursor\n    kind\n    thread {\n      ...ThreadItem\n    }\n  }\n}": typeof types.ThreadEventsDocument,
    "fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n  viewerCan {\n    reply\n    edit\n    dispose\n    reopen\n    withdraw\n  }\n}": typeof types.ThreadItemFragmentDoc,
    "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}": typeof types.TimelinePhaseFragmentDoc,
    "query Todo {\n  todo {\n    answer {\n      threadId\n      draftId\n      plan\n      version\n      quote\n      excerpt\n      author\n      at\n    }\n    review {\n      assignmentId\n      draftId\n      plan\n      version\n      status\n      dueOn\n    }\n    actionItems {\n      id\n      meetingId\n      meeting\n      title\n      status\n      dueOn\n    }\n    approvals {\n      id\n      planId\n      plan\n      version\n      step\n      requestedAt\n    }\n  }\n}": typeof types.TodoDocument,
    "fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": typeof types.TopicCardFragmentDoc,
    "mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}": typeof types.UpdateTopicDocument,
    "query EventCursor {\n  programs {\n    id\n    eventCursor\n  }\n}": typeof types.EventCursorDocument,
    "query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      label\n      text\n    }\n    new {\n      id\n      kind\n      level\n      label\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}": typeof types.CompareDraftsDocument,
    "mutation CloseConsultation($input: CloseConsultationInput!) {\n  closeConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}": typeof types.CloseConsultationDocument,
    "subscription ConsultationEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": typeof types.ConsultationEventsDocument,
    "query ConsultationGroups($id: ID!, $by: OpinionGrouping!, $first: Int, $after: String) {\n  consultation(id: $id) {\n    id\n    groups(by: $by, status: PENDING, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublicOpinionGroupCard\n        }\n      }\n    }\n  }\n}": typeof types.ConsultationGroupsDocument,
    "subscription ConsultationLiveEvents($consultationId: ID!, $after: String) {\n  consultationEvents(consultationId: $consultationId, after: $after) {\n    cursor\n    consultationId\n    kind\n    opinionId\n  }\n}": typeof types.ConsultationLiveEventsDocument,
    "query ConsultationOpinions($id: ID!, $status: ModerationStatus, $first: Int, $after: String, $group: String) {\n  consultation(id: $id) {\n    id\n    opinions(status: $status, first: $first, after: $after, group: $group) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicOpinionCard\n        }\n      }\n    }\n  }\n}": typeof types.ConsultationOpinionsDocument,
    "query ConsultationPage($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationSummary\n    draft {\n      id\n      version\n      title\n      plan {\n        id\n        title\n      }\n    }\n  }\n}": typeof types.ConsultationPageDocument,
    "query ConsultationPassages($id: ID!) {\n  consultation(id: $id) {\n    id\n    passageCounts {\n      blockId\n      received\n      pending\n    }\n    draft {\n      id\n      blocks {\n        id\n        kind\n        level\n        label\n        text\n      }\n    }\n  }\n}": typeof types.ConsultationPassagesDocument,
    "fragment ConsultationSummary on PublicConsultation {\n  id\n  slug\n  publicUrl\n  intro\n  state\n  opensOn\n  closesOn\n  received\n  pending\n  accepted\n  rejected\n  duplicate\n}": typeof types.ConsultationSummaryFragmentDoc,
    "query Consultations($programId: ID!) {\n  clock {\n    today\n  }\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      stage\n      currentDraft {\n        id\n        version\n        stage\n        title\n        consultation {\n          ...ConsultationSummary\n        }\n      }\n    }\n  }\n}": typeof types.ConsultationsDocument,
    "mutation ModeratePublicOpinion($input: ModeratePublicOpinionInput!) {\n  moderatePublicOpinion(input: $input) {\n    opinion {\n      ...PublicOpinionCard\n    }\n    clientMutationId\n  }\n}": typeof types.ModeratePublicOpinionDocument,
    "mutation ModeratePublicOpinionGroup($input: ModeratePublicOpinionGroupInput!) {\n  moderatePublicOpinionGroup(input: $input) {\n    decided\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}": typeof types.ModeratePublicOpinionGroupDocument,
    "mutation OpenConsultation($input: OpenConsultationInput!) {\n  openConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}": typeof types.OpenConsultationDocument,
    "fragment PublicOpinionCard on PublicOpinion {\n  id\n  anchor {\n    blockId\n    quote\n  }\n  body\n  authorName\n  identity\n  submittedAt\n  status\n  duplicateOf {\n    id\n  }\n  thread {\n    id\n  }\n  moderatedBy {\n    id\n    name\n  }\n  moderationNote\n  version\n}": typeof types.PublicOpinionCardFragmentDoc,
    "fragment PublicOpinionGroupCard on PublicOpinionGroup {\n  key\n  by\n  count\n  blockId\n  quote\n  latestAt\n  sample {\n    ...PublicOpinionCard\n  }\n}": typeof types.PublicOpinionGroupCardFragmentDoc,
    "subscription DashboardEvents($programId: ID!, $after: String, $coalesceMs: Int) {\n  programEvents(programId: $programId, after: $after, coalesceMs: $coalesceMs) {\n    cursor\n    coalesced\n    activity {\n      ...ActivityItem\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n}": typeof types.DashboardEventsDocument,
    "query DashboardPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    plans {\n      id\n      title\n      kind\n      drafts {\n        id\n        version\n      }\n    }\n    units {\n      id\n      name\n      shortName\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}": typeof types.DashboardPageDocument,
    "subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": typeof types.DraftProgramEventsDocument,
    "query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    viewerCan {\n      comment\n      publishNextVersion\n      exportTable\n    }\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}": typeof types.DraftReaderDocument,
    "mutation AcceptInvitationLink($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": typeof types.AcceptInvitationLinkDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": typeof types.LoginDocument,
    "query MeetingList($programId: ID!, $first: Int, $after: String, $filter: MeetingFilter) {\n  program(id: $programId) {\n    id\n    meetings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MeetingRow\n        }\n      }\n    }\n  }\n}": typeof types.MeetingListDocument,
    "subscription MeetingListEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": typeof types.MeetingListEventsDocument,
    "query MeetingPage($id: ID!) {\n  me {\n    id\n    name\n    role\n    unit {\n      id\n    }\n  }\n  meeting(id: $id) {\n    ...MeetingDetail\n  }\n}": typeof types.MeetingPageDocument,
    "fragment MeetingRow on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  actionItems {\n    id\n    status\n    overdue\n  }\n  threads {\n    id\n    status\n  }\n}": typeof types.MeetingRowFragmentDoc,
    "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}": typeof types.ProgramEventsDocument,
    "query ProgramOverview($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}": typeof types.ProgramOverviewDocument,
    "query Programs {\n  programs {\n    id\n    name\n  }\n}": typeof types.ProgramsDocument,
    "subscription PlanProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": typeof types.PlanProgramEventsDocument,
    "query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  clock {\n    today\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n      ...PlanLifecycle\n    }\n  }\n}": typeof types.PlanVersionsDocument,
    "query PublicChallenge {\n  publicChallenge {\n    json\n  }\n}": typeof types.PublicChallengeDocument,
    "query PublicSummary($slug: String!) {\n  publicSummary(slug: $slug) {\n    slug\n    title\n    planTitle\n    state\n    received\n    accepted\n    byDisposition {\n      status\n      count\n    }\n    opinions {\n      quote\n      body\n      identity\n      status\n      answer\n    }\n  }\n}": typeof types.PublicSummaryDocument,
    "mutation SubmitPublicOpinion($input: SubmitPublicOpinionInput!) {\n  submitPublicOpinion(input: $input) {\n    receipt\n    clientMutationId\n  }\n}": typeof types.SubmitPublicOpinionDocument,
    "query MyReviews {\n  me {\n    id\n    role\n  }\n  myReviewAssignments {\n    ...ReviewAssignmentItem\n  }\n}": typeof types.MyReviewsDocument,
    "query ReviewBoard($draftId: ID!) {\n  me {\n    id\n    role\n  }\n  clock {\n    today\n  }\n  draft(id: $draftId) {\n    id\n    version\n    stage\n    viewerCan {\n      assignReview\n    }\n    title\n    plan {\n      id\n      title\n      currentDraft {\n        id\n      }\n    }\n    reviewBoard {\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        declineReason\n        expert {\n          id\n          name\n          title\n        }\n        review {\n          verdict\n          foresight\n          scientific\n          operability\n          summary\n          submittedAt\n        }\n      }\n      averages {\n        foresight\n        scientific\n        operability\n        submitted\n      }\n      overdue {\n        id\n        dueOn\n        expert {\n          id\n          name\n        }\n      }\n    }\n  }\n}": typeof types.ReviewBoardDocument,
    "query ReviewDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}": typeof types.ReviewDraftDocument,
    "query ReviewExperts($programId: ID!) {\n  program(id: $programId) {\n    id\n    people {\n      id\n      name\n      role\n      title\n    }\n  }\n}": typeof types.ReviewExpertsDocument,
    "query ReviewOverview($programId: ID!) {\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n        title\n        reviewBoard {\n          assignments {\n            id\n            status\n            overdue\n          }\n          averages {\n            foresight\n            scientific\n            operability\n            submitted\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ReviewOverviewDocument,
    "subscription ReviewProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": typeof types.ReviewProgramEventsDocument,
    "mutation SettingsCreateMilestone($input: CreateMilestoneInput!) {\n  createMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}": typeof types.SettingsCreateMilestoneDocument,
    "mutation SettingsCreatePlan($input: CreatePlanInput!) {\n  createPlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}": typeof types.SettingsCreatePlanDocument,
    "mutation SettingsCreateTopic($input: CreateTopicInput!) {\n  createTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}": typeof types.SettingsCreateTopicDocument,
    "mutation SettingsEditMilestone($input: EditMilestoneInput!) {\n  editMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}": typeof types.SettingsEditMilestoneDocument,
    "mutation SettingsEditTopic($input: EditTopicInput!) {\n  editTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}": typeof types.SettingsEditTopicDocument,
    "fragment SettingsMilestone on Milestone {\n  id\n  title\n  dueOn\n  status\n  version\n  ownerUnit {\n    ...SettingsUnit\n  }\n}": typeof types.SettingsMilestoneFragmentDoc,
    "query SettingsPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    units {\n      ...SettingsUnit\n    }\n    plans {\n      ...SettingsPlan\n    }\n    topics {\n      ...SettingsTopic\n    }\n    phases {\n      id\n      order\n      name\n      startsOn\n      endsOn\n      milestones {\n        ...SettingsMilestone\n      }\n    }\n    people {\n      ...SettingsPerson\n    }\n  }\n  me {\n    id\n    role\n  }\n}": typeof types.SettingsPageDocument,
    "fragment SettingsPerson on Person {\n  id\n  name\n  title\n  role\n  unit {\n    ...SettingsUnit\n  }\n  memberships {\n    group\n    title\n    expertise\n  }\n}": typeof types.SettingsPersonFragmentDoc,
    "fragment SettingsPlan on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}": typeof types.SettingsPlanFragmentDoc,
    "subscription SettingsProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": typeof types.SettingsProgramEventsDocument,
    "mutation SettingsSetMemberships($input: SetMembershipsInput!) {\n  setMemberships(input: $input) {\n    clientMutationId\n    person {\n      ...SettingsPerson\n    }\n  }\n}": typeof types.SettingsSetMembershipsDocument,
    "fragment SettingsTopic on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}": typeof types.SettingsTopicFragmentDoc,
    "fragment SettingsUnit on Unit {\n  id\n  name\n  shortName\n}": typeof types.SettingsUnitFragmentDoc,
    "mutation SettingsUpdatePlan($input: UpdatePlanInput!) {\n  updatePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}": typeof types.SettingsUpdatePlanDocument,
};
const documents: Documents = {
    "fragment ActivityItem on Activity {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  actor {\n    id\n    name\n  }\n}": types.ActivityItemFragmentDoc,
    "fragment DashboardFigures on Dashboard {\n  programId\n  asOf\n  currentPhase {\n    id\n    order\n    name\n  }\n  phases {\n    ...TimelinePhase\n    milestones {\n      id\n      status\n      overdue\n    }\n    gate {\n      ...DashboardGate\n    }\n  }\n  plansByStage {\n    status\n    count\n  }\n  topicsByStatus {\n    status\n    count\n  }\n  topicsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByStatus {\n    status\n    count\n  }\n  threadsByPlan {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  reviewsByStatus {\n    status\n    count\n  }\n  reviewScores {\n    draftId\n    foresight\n    scientific\n    operability\n    submitted\n  }\n  overdue {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueTopics {\n    id\n    number\n    title\n    dueOn\n    leadUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueActionItems {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n    meeting {\n      id\n      title\n    }\n  }\n  unitLoad {\n    unit {\n      id\n      name\n      shortName\n    }\n    openThreads\n    overdueItems\n  }\n  recentActivity(first: 20) {\n    ...ActivityItem\n  }\n}\n\nfragment DashboardGate on Gate {\n  met\n  conditions {\n    code\n    label\n    met\n    detail\n    facts {\n      name\n      value\n    }\n  }\n  overriddenBy {\n    id\n    name\n  }\n  overriddenAt\n}": types.DashboardFiguresFragmentDoc,
    "mutation OverridePhaseGate($input: OverridePhaseGateInput!) {\n  overridePhaseGate(input: $input) {\n    phase {\n      id\n      gate {\n        met\n        overriddenAt\n        overriddenBy {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.OverridePhaseGateDocument,
    "mutation CreateDraft($input: CreateDraftInput!) {\n  createDraft(input: $input) {\n    clientMutationId\n    carriedThreads\n    orphanedThreads\n    draft {\n      id\n      version\n      stage\n      title\n    }\n  }\n}": types.CreateDraftDocument,
    "query DispositionTable($draftId: ID!, $format: ExportFormat!) {\n  dispositionTable(draftId: $draftId, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}": types.DispositionTableDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n    memberships {\n      group\n    }\n  }\n}": types.MeDocument,
    "mutation SignOutEverywhere {\n  signOutEverywhere {\n    sessionsEnded\n  }\n}": types.SignOutEverywhereDocument,
    "mutation AddActionItem($input: AddActionItemInput!) {\n  addActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}": types.AddActionItemDocument,
    "mutation EditMinutes($input: EditMinutesInput!) {\n  editMinutes(input: $input) {\n    clientMutationId\n    meeting {\n      id\n      minutes\n      minutesVersion\n    }\n  }\n}": types.EditMinutesDocument,
    "mutation LogMeeting($input: LogMeetingInput!) {\n  logMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      id\n    }\n  }\n}": types.LogMeetingDocument,
    "fragment MeetingActionItem on ActionItem {\n  id\n  title\n  dueOn\n  status\n  overdue\n  viewerCan {\n    update\n  }\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": types.MeetingActionItemFragmentDoc,
    "fragment MeetingConclusion on MeetingConclusion {\n  verdict\n  text\n  recordedAt\n  recordedBy {\n    id\n    name\n  }\n}": types.MeetingConclusionFragmentDoc,
    "fragment MeetingDetail on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  agenda\n  minutes\n  minutesVersion\n  minutesEditedAt\n  minutesEditedBy {\n    id\n    name\n  }\n  hasTakenPlace\n  conclusion {\n    ...MeetingConclusion\n  }\n  viewerCan {\n    edit\n    editMinutes\n    addActionItem\n    recordOpinion\n    recordConclusion\n  }\n  externalAttendees\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  attendees {\n    id\n    name\n    title\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  actionItems {\n    ...MeetingActionItem\n  }\n  threads {\n    ...MeetingOpinion\n  }\n}": types.MeetingDetailFragmentDoc,
    "subscription MeetingEvents($meetingId: ID!, $after: String) {\n  meetingEvents(meetingId: $meetingId, after: $after) {\n    cursor\n    kind\n    minutesVersion\n    editedBy {\n      id\n      name\n    }\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}": types.MeetingEventsDocument,
    "fragment MeetingOpinion on Thread {\n  id\n  status\n  source\n  quote\n  externalAuthor\n  createdAt\n  anchor {\n    blockId\n    start\n    end\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  disposition {\n    status\n    reason\n  }\n  comments {\n    id\n    body\n    bodyHtml\n  }\n  draft {\n    id\n    version\n    plan {\n      id\n      title\n    }\n  }\n}": types.MeetingOpinionFragmentDoc,
    "query MeetingOptions($programId: ID!) {\n  program(id: $programId) {\n    id\n    units {\n      id\n      name\n      shortName\n      kind\n    }\n    plans {\n      id\n      title\n      currentDraft {\n        id\n        version\n        stage\n        title\n      }\n    }\n    people {\n      id\n      name\n      role\n      title\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}": types.MeetingOptionsDocument,
    "query MeetingRecord($meetingId: ID!) {\n  meetingRecord(meetingId: $meetingId) {\n    url\n    filename\n    expiresAt\n  }\n}": types.MeetingRecordDocument,
    "subscription MeetingRoom($meetingId: ID!, $clientId: Float) {\n  meetingPresence(meetingId: $meetingId, clientId: $clientId) {\n    meetingId\n    awareness\n    viewers {\n      clientId\n      person {\n        id\n        name\n        unit {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n}": types.MeetingRoomDocument,
    "subscription MinutesUpdates($meetingId: ID!, $after: String) {\n  minutesUpdates(meetingId: $meetingId, after: $after) {\n    meetingId\n    cursor\n    update\n    whole\n  }\n}": types.MinutesUpdatesDocument,
    "query OpinionDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}": types.OpinionDraftDocument,
    "mutation PushMinutesUpdate($input: PushMinutesUpdateInput!) {\n  pushMinutesUpdate(input: $input) {\n    meetingId\n    minutesVersion\n    clientMutationId\n  }\n}": types.PushMinutesUpdateDocument,
    "mutation RecordMeetingConclusion($input: RecordConclusionInput!) {\n  recordMeetingConclusion(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}": types.RecordMeetingConclusionDocument,
    "mutation RecordMeetingOpinion($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...MeetingOpinion\n    }\n  }\n}": types.RecordMeetingOpinionDocument,
    "mutation RelayMinutesAwareness($input: RelayMinutesAwarenessInput!) {\n  relayMinutesAwareness(input: $input)\n}": types.RelayMinutesAwarenessDocument,
    "mutation UpdateActionItem($input: UpdateActionItemInput!) {\n  updateActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}": types.UpdateActionItemDocument,
    "mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}": types.UpdateMeetingDocument,
    "fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": types.MilestoneItemFragmentDoc,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}": types.UpdateMilestoneDocument,
    "mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n  markNotificationsRead(input: $input) {\n    clientMutationId\n    unread\n  }\n}": types.MarkNotificationsReadDocument,
    "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    notification {\n      ...NotificationItem\n    }\n  }\n}": types.NotificationEventsDocument,
    "fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  link {\n    to\n    id\n    draftId\n    plan\n    version\n    quote\n  }\n  read\n}": types.NotificationItemFragmentDoc,
    "query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}": types.NotificationsDocument,
    "fragment ApprovalItem on Approval {\n  id\n  step\n  decision\n  opinion\n  version\n  requestedAt\n  decidedAt\n  draft {\n    id\n    version\n  }\n  meeting {\n    id\n    title\n    startsAt\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n}": types.ApprovalItemFragmentDoc,
    "mutation DecideApproval($input: DecideApprovalInput!) {\n  decideApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n    }\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}": types.DecideApprovalDocument,
    "query ExpertMeetings($programId: ID!, $planId: ID!) {\n  program(id: $programId) {\n    id\n    meetings(first: 50, filter: {kinds: [EXPERT_REVIEW], planId: $planId}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          conclusion {\n            verdict\n            text\n          }\n        }\n      }\n    }\n  }\n}": types.ExpertMeetingsDocument,
    "mutation IssuePlan($input: IssuePlanInput!) {\n  issuePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}": types.IssuePlanDocument,
    "fragment PlanLifecycle on Plan {\n  id\n  kind\n  stage\n  version\n  publishableStages\n  approvalSteps\n  viewerCan {\n    publishDraft\n    requestApproval\n    decideApproval\n    issue\n    edit\n  }\n  approvals {\n    ...ApprovalItem\n  }\n  issued {\n    docNumber\n    issuedOn\n    issuer\n    filedOn\n    draft {\n      id\n      version\n    }\n  }\n}": types.PlanLifecycleFragmentDoc,
    "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": types.PlanRowFragmentDoc,
    "query ProgramExport($programId: ID!, $kind: ProgramExportKind!, $format: ExportFormat!) {\n  programExport(programId: $programId, kind: $kind, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}": types.ProgramExportDocument,
    "query PublishableStages($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Plan {\n      stage\n      publishableStages\n    }\n  }\n}": types.PublishableStagesDocument,
    "mutation RecordFiling($input: RecordFilingInput!) {\n  recordFiling(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}": types.RecordFilingDocument,
    "mutation RequestApproval($input: RequestApprovalInput!) {\n  requestApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n      plan {\n        ...PlanLifecycle\n      }\n    }\n  }\n}": types.RequestApprovalDocument,
    "subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}": types.DraftPresenceDocument,
    "mutation AssignReview($input: AssignReviewInput!) {\n  assignReview(input: $input) {\n    clientMutationId\n    assignment {\n      id\n      status\n      dueOn\n    }\n  }\n}": types.AssignReviewDocument,
    "mutation RespondToReview($input: RespondToReviewInput!) {\n  respondToReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}": types.RespondToReviewDocument,
    "fragment ReviewAssignmentItem on ReviewAssignment {\n  id\n  dueOn\n  status\n  overdue\n  declineReason\n  draft {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n  }\n  review {\n    verdict\n    foresight\n    scientific\n    operability\n    summary\n    submittedAt\n    threads {\n      id\n      quote\n    }\n  }\n}": types.ReviewAssignmentItemFragmentDoc,
    "mutation StartReviewComment($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": types.StartReviewCommentDocument,
    "mutation SubmitReview($input: SubmitReviewInput!) {\n  submitReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}": types.SubmitReviewDocument,
    "query GlobalSearch($programId: ID!, $q: String!) {\n  search(programId: $programId, query: $q, first: 60, perKind: 8) {\n    kind\n    id\n    title\n    snippet\n    draftId\n    version\n    blockId\n    quote\n    threadId\n    meetingId\n    planId\n    topicId\n    milestoneId\n  }\n}": types.GlobalSearchDocument,
    "fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  viewerCan {\n    edit\n  }\n  author {\n    id\n    name\n  }\n}": types.CommentItemFragmentDoc,
    "mutation DisposeThread($input: DisposeThreadInput!) {\n  disposeThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": types.DisposeThreadDocument,
    "query DraftThreads($id: ID!, $first: Int, $after: String) {\n  draft(id: $id) {\n    id\n    threads(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ThreadItem\n        }\n      }\n    }\n  }\n}": types.DraftThreadsDocument,
    "mutation EditComment($input: EditCommentInput!) {\n  editComment(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": types.EditCommentDocument,
    "query MentionPeople {\n  programs {\n    id\n    people {\n      id\n      name\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}": types.MentionPeopleDocument,
    "mutation Reply($input: ReplyInput!) {\n  reply(input: $input) {\n    clientMutationId\n    comment {\n      ...CommentItem\n    }\n  }\n}": types.ReplyDocument,
    "mutation StartThread($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}": types.StartThreadDocument,
    "subscription ThreadEvents($draftId: ID!, $after: String) {\n  threadEvents(draftId: $draftId, after: $after) {\n    cursor\n    kind\n    thread {\n      ...ThreadItem\n    }\n  }\n}": types.ThreadEventsDocument,
    "fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n  viewerCan {\n    reply\n    edit\n    dispose\n    reopen\n    withdraw\n  }\n}": types.ThreadItemFragmentDoc,
    "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}": types.TimelinePhaseFragmentDoc,
    "query Todo {\n  todo {\n    answer {\n      threadId\n      draftId\n      plan\n      version\n      quote\n      excerpt\n      author\n      at\n    }\n    review {\n      assignmentId\n      draftId\n      plan\n      version\n      status\n      dueOn\n    }\n    actionItems {\n      id\n      meetingId\n      meeting\n      title\n      status\n      dueOn\n    }\n    approvals {\n      id\n      planId\n      plan\n      version\n      step\n      requestedAt\n    }\n  }\n}": types.TodoDocument,
    "fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": types.TopicCardFragmentDoc,
    "mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}": types.UpdateTopicDocument,
    "query EventCursor {\n  programs {\n    id\n    eventCursor\n  }\n}": types.EventCursorDocument,
    "query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      label\n      text\n    }\n    new {\n      id\n      kind\n      level\n      label\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}": types.CompareDraftsDocument,
    "mutation CloseConsultation($input: CloseConsultationInput!) {\n  closeConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}": types.CloseConsultationDocument,
    "subscription ConsultationEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": types.ConsultationEventsDocument,
    "query ConsultationGroups($id: ID!, $by: OpinionGrouping!, $first: Int, $after: String) {\n  consultation(id: $id) {\n    id\n    groups(by: $by, status: PENDING, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublicOpinionGroupCard\n        }\n      }\n    }\n  }\n}": types.ConsultationGroupsDocument,
    "subscription ConsultationLiveEvents($consultationId: ID!, $after: String) {\n  consultationEvents(consultationId: $consultationId, after: $after) {\n    cursor\n    consultationId\n    kind\n    opinionId\n  }\n}": types.ConsultationLiveEventsDocument,
    "query ConsultationOpinions($id: ID!, $status: ModerationStatus, $first: Int, $after: String, $group: String) {\n  consultation(id: $id) {\n    id\n    opinions(status: $status, first: $first, after: $after, group: $group) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicOpinionCard\n        }\n      }\n    }\n  }\n}": types.ConsultationOpinionsDocument,
    "query ConsultationPage($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationSummary\n    draft {\n      id\n      version\n      title\n      plan {\n        id\n        title\n      }\n    }\n  }\n}": types.ConsultationPageDocument,
    "query ConsultationPassages($id: ID!) {\n  consultation(id: $id) {\n    id\n    passageCounts {\n      blockId\n      received\n      pending\n    }\n    draft {\n      id\n      blocks {\n        id\n        kind\n        level\n        label\n        text\n      }\n    }\n  }\n}": types.ConsultationPassagesDocument,
    "fragment ConsultationSummary on PublicConsultation {\n  id\n  slug\n  publicUrl\n  intro\n  state\n  opensOn\n  closesOn\n  received\n  pending\n  accepted\n  rejected\n  duplicate\n}": types.ConsultationSummaryFragmentDoc,
    "query Consultations($programId: ID!) {\n  clock {\n    today\n  }\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      stage\n      currentDraft {\n        id\n        version\n        stage\n        title\n        consultation {\n          ...ConsultationSummary\n        }\n      }\n    }\n  }\n}": types.ConsultationsDocument,
    "mutation ModeratePublicOpinion($input: ModeratePublicOpinionInput!) {\n  moderatePublicOpinion(input: $input) {\n    opinion {\n      ...PublicOpinionCard\n    }\n    clientMutationId\n  }\n}": types.ModeratePublicOpinionDocument,
    "mutation ModeratePublicOpinionGroup($input: ModeratePublicOpinionGroupInput!) {\n  moderatePublicOpinionGroup(input: $input) {\n    decided\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}": types.ModeratePublicOpinionGroupDocument,
    "mutation OpenConsultation($input: OpenConsultationInput!) {\n  openConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}": types.OpenConsultationDocument,
    "fragment PublicOpinionCard on PublicOpinion {\n  id\n  anchor {\n    blockId\n    quote\n  }\n  body\n  authorName\n  identity\n  submittedAt\n  status\n  duplicateOf {\n    id\n  }\n  thread {\n    id\n  }\n  moderatedBy {\n    id\n    name\n  }\n  moderationNote\n  version\n}": types.PublicOpinionCardFragmentDoc,
    "fragment PublicOpinionGroupCard on PublicOpinionGroup {\n  key\n  by\n  count\n  blockId\n  quote\n  latestAt\n  sample {\n    ...PublicOpinionCard\n  }\n}": types.PublicOpinionGroupCardFragmentDoc,
    "subscription DashboardEvents($programId: ID!, $after: String, $coalesceMs: Int) {\n  programEvents(programId: $programId, after: $after, coalesceMs: $coalesceMs) {\n    cursor\n    coalesced\n    activity {\n      ...ActivityItem\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n}": types.DashboardEventsDocument,
    "query DashboardPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    plans {\n      id\n      title\n      kind\n      drafts {\n        id\n        version\n      }\n    }\n    units {\n      id\n      name\n      shortName\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}": types.DashboardPageDocument,
    "subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": types.DraftProgramEventsDocument,
    "query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    viewerCan {\n      comment\n      publishNextVersion\n      exportTable\n    }\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}": types.DraftReaderDocument,
    "mutation AcceptInvitationLink($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": types.AcceptInvitationLinkDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": types.LoginDocument,
    "query MeetingList($programId: ID!, $first: Int, $after: String, $filter: MeetingFilter) {\n  program(id: $programId) {\n    id\n    meetings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MeetingRow\n        }\n      }\n    }\n  }\n}": types.MeetingListDocument,
    "subscription MeetingListEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": types.MeetingListEventsDocument,
    "query MeetingPage($id: ID!) {\n  me {\n    id\n    name\n    role\n    unit {\n      id\n    }\n  }\n  meeting(id: $id) {\n    ...MeetingDetail\n  }\n}": types.MeetingPageDocument,
    "fragment MeetingRow on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  actionItems {\n    id\n    status\n    overdue\n  }\n  threads {\n    id\n    status\n  }\n}": types.MeetingRowFragmentDoc,
    "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}": types.ProgramEventsDocument,
    "query ProgramOverview($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}": types.ProgramOverviewDocument,
    "query Programs {\n  programs {\n    id\n    name\n  }\n}": types.ProgramsDocument,
    "subscription PlanProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": types.PlanProgramEventsDocument,
    "query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  clock {\n    today\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n      ...PlanLifecycle\n    }\n  }\n}": types.PlanVersionsDocument,
    "query PublicChallenge {\n  publicChallenge {\n    json\n  }\n}": types.PublicChallengeDocument,
    "query PublicSummary($slug: String!) {\n  publicSummary(slug: $slug) {\n    slug\n    title\n    planTitle\n    state\n    received\n    accepted\n    byDisposition {\n      status\n      count\n    }\n    opinions {\n      quote\n      body\n      identity\n      status\n      answer\n    }\n  }\n}": types.PublicSummaryDocument,
    "mutation SubmitPublicOpinion($input: SubmitPublicOpinionInput!) {\n  submitPublicOpinion(input: $input) {\n    receipt\n    clientMutationId\n  }\n}": types.SubmitPublicOpinionDocument,
    "query MyReviews {\n  me {\n    id\n    role\n  }\n  myReviewAssignments {\n    ...ReviewAssignmentItem\n  }\n}": types.MyReviewsDocument,
    "query ReviewBoard($draftId: ID!) {\n  me {\n    id\n    role\n  }\n  clock {\n    today\n  }\n  draft(id: $draftId) {\n    id\n    version\n    stage\n    viewerCan {\n      assignReview\n    }\n    title\n    plan {\n      id\n      title\n      currentDraft {\n        id\n      }\n    }\n    reviewBoard {\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        declineReason\n        expert {\n          id\n          name\n          title\n        }\n        review {\n          verdict\n          foresight\n          scientific\n          operability\n          summary\n          submittedAt\n        }\n      }\n      averages {\n        foresight\n        scientific\n        operability\n        submitted\n      }\n      overdue {\n        id\n        dueOn\n        expert {\n          id\n          name\n        }\n      }\n    }\n  }\n}": types.ReviewBoardDocument,
    "query ReviewDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}": types.ReviewDraftDocument,
    "query ReviewExperts($programId: ID!) {\n  program(id: $programId) {\n    id\n    people {\n      id\n      name\n      role\n      title\n    }\n  }\n}": types.ReviewExpertsDocument,
    "query ReviewOverview($programId: ID!) {\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n        title\n        reviewBoard {\n          assignments {\n            id\n            status\n            overdue\n          }\n          averages {\n            foresight\n            scientific\n            operability\n            submitted\n          }\n        }\n      }\n    }\n  }\n}": types.ReviewOverviewDocument,
    "subscription ReviewProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": types.ReviewProgramEventsDocument,
    "mutation SettingsCreateMilestone($input: CreateMilestoneInput!) {\n  createMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}": types.SettingsCreateMilestoneDocument,
    "mutation SettingsCreatePlan($input: CreatePlanInput!) {\n  createPlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}": types.SettingsCreatePlanDocument,
    "mutation SettingsCreateTopic($input: CreateTopicInput!) {\n  createTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}": types.SettingsCreateTopicDocument,
    "mutation SettingsEditMilestone($input: EditMilestoneInput!) {\n  editMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}": types.SettingsEditMilestoneDocument,
    "mutation SettingsEditTopic($input: EditTopicInput!) {\n  editTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}": types.SettingsEditTopicDocument,
    "fragment SettingsMilestone on Milestone {\n  id\n  title\n  dueOn\n  status\n  version\n  ownerUnit {\n    ...SettingsUnit\n  }\n}": types.SettingsMilestoneFragmentDoc,
    "query SettingsPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    units {\n      ...SettingsUnit\n    }\n    plans {\n      ...SettingsPlan\n    }\n    topics {\n      ...SettingsTopic\n    }\n    phases {\n      id\n      order\n      name\n      startsOn\n      endsOn\n      milestones {\n        ...SettingsMilestone\n      }\n    }\n    people {\n      ...SettingsPerson\n    }\n  }\n  me {\n    id\n    role\n  }\n}": types.SettingsPageDocument,
    "fragment SettingsPerson on Person {\n  id\n  name\n  title\n  role\n  unit {\n    ...SettingsUnit\n  }\n  memberships {\n    group\n    title\n    expertise\n  }\n}": types.SettingsPersonFragmentDoc,
    "fragment SettingsPlan on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}": types.SettingsPlanFragmentDoc,
    "subscription SettingsProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}": types.SettingsProgramEventsDocument,
    "mutation SettingsSetMemberships($input: SetMembershipsInput!) {\n  setMemberships(input: $input) {\n    clientMutationId\n    person {\n      ...SettingsPerson\n    }\n  }\n}": types.SettingsSetMembershipsDocument,
    "fragment SettingsTopic on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}": types.SettingsTopicFragmentDoc,
    "fragment SettingsUnit on Unit {\n  id\n  name\n  shortName\n}": types.SettingsUnitFragmentDoc,
    "mutation SettingsUpdatePlan($input: UpdatePlanInput!) {\n  updatePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}": types.SettingsUpdatePlanDocument,
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
export function graphql(source: "fragment ActivityItem on Activity {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  actor {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ActivityItem on Activity {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  actor {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DashboardFigures on Dashboard {\n  programId\n  asOf\n  currentPhase {\n    id\n    order\n    name\n  }\n  phases {\n    ...TimelinePhase\n    milestones {\n      id\n      status\n      overdue\n    }\n    gate {\n      ...DashboardGate\n    }\n  }\n  plansByStage {\n    status\n    count\n  }\n  topicsByStatus {\n    status\n    count\n  }\n  topicsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByStatus {\n    status\n    count\n  }\n  threadsByPlan {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  reviewsByStatus {\n    status\n    count\n  }\n  reviewScores {\n    draftId\n    foresight\n    scientific\n    operability\n    submitted\n  }\n  overdue {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueTopics {\n    id\n    number\n    title\n    dueOn\n    leadUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueActionItems {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n    meeting {\n      id\n      title\n    }\n  }\n  unitLoad {\n    unit {\n      id\n      name\n      shortName\n    }\n    openThreads\n    overdueItems\n  }\n  recentActivity(first: 20) {\n    ...ActivityItem\n  }\n}\n\nfragment DashboardGate on Gate {\n  met\n  conditions {\n    code\n    label\n    met\n    detail\n    facts {\n      name\n      value\n    }\n  }\n  overriddenBy {\n    id\n    name\n  }\n  overriddenAt\n}"): (typeof documents)["fragment DashboardFigures on Dashboard {\n  programId\n  asOf\n  currentPhase {\n    id\n    order\n    name\n  }\n  phases {\n    ...TimelinePhase\n    milestones {\n      id\n      status\n      overdue\n    }\n    gate {\n      ...DashboardGate\n    }\n  }\n  plansByStage {\n    status\n    count\n  }\n  topicsByStatus {\n    status\n    count\n  }\n  topicsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByStatus {\n    status\n    count\n  }\n  threadsByPlan {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  threadsByUnit {\n    id\n    counts {\n      status\n      count\n    }\n  }\n  reviewsByStatus {\n    status\n    count\n  }\n  reviewScores {\n    draftId\n    foresight\n    scientific\n    operability\n    submitted\n  }\n  overdue {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueTopics {\n    id\n    number\n    title\n    dueOn\n    leadUnit {\n      id\n      name\n      shortName\n    }\n  }\n  overdueActionItems {\n    id\n    title\n    dueOn\n    ownerUnit {\n      id\n      name\n      shortName\n    }\n    meeting {\n      id\n      title\n    }\n  }\n  unitLoad {\n    unit {\n      id\n      name\n      shortName\n    }\n    openThreads\n    overdueItems\n  }\n  recentActivity(first: 20) {\n    ...ActivityItem\n  }\n}\n\nfragment DashboardGate on Gate {\n  met\n  conditions {\n    code\n    label\n    met\n    detail\n    facts {\n      name\n      value\n    }\n  }\n  overriddenBy {\n    id\n    name\n  }\n  overriddenAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OverridePhaseGate($input: OverridePhaseGateInput!) {\n  overridePhaseGate(input: $input) {\n    phase {\n      id\n      gate {\n        met\n        overriddenAt\n        overriddenBy {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["mutation OverridePhaseGate($input: OverridePhaseGateInput!) {\n  overridePhaseGate(input: $input) {\n    phase {\n      id\n      gate {\n        met\n        overriddenAt\n        overriddenBy {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
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
export function graphql(source: "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n    memberships {\n      group\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n    memberships {\n      group\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOutEverywhere {\n  signOutEverywhere {\n    sessionsEnded\n  }\n}"): (typeof documents)["mutation SignOutEverywhere {\n  signOutEverywhere {\n    sessionsEnded\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddActionItem($input: AddActionItemInput!) {\n  addActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}"): (typeof documents)["mutation AddActionItem($input: AddActionItemInput!) {\n  addActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EditMinutes($input: EditMinutesInput!) {\n  editMinutes(input: $input) {\n    clientMutationId\n    meeting {\n      id\n      minutes\n      minutesVersion\n    }\n  }\n}"): (typeof documents)["mutation EditMinutes($input: EditMinutesInput!) {\n  editMinutes(input: $input) {\n    clientMutationId\n    meeting {\n      id\n      minutes\n      minutesVersion\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogMeeting($input: LogMeetingInput!) {\n  logMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      id\n    }\n  }\n}"): (typeof documents)["mutation LogMeeting($input: LogMeetingInput!) {\n  logMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingActionItem on ActionItem {\n  id\n  title\n  dueOn\n  status\n  overdue\n  viewerCan {\n    update\n  }\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}"): (typeof documents)["fragment MeetingActionItem on ActionItem {\n  id\n  title\n  dueOn\n  status\n  overdue\n  viewerCan {\n    update\n  }\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingConclusion on MeetingConclusion {\n  verdict\n  text\n  recordedAt\n  recordedBy {\n    id\n    name\n  }\n}"): (typeof documents)["fragment MeetingConclusion on MeetingConclusion {\n  verdict\n  text\n  recordedAt\n  recordedBy {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingDetail on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  agenda\n  minutes\n  minutesVersion\n  minutesEditedAt\n  minutesEditedBy {\n    id\n    name\n  }\n  hasTakenPlace\n  conclusion {\n    ...MeetingConclusion\n  }\n  viewerCan {\n    edit\n    editMinutes\n    addActionItem\n    recordOpinion\n    recordConclusion\n  }\n  externalAttendees\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  attendees {\n    id\n    name\n    title\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  actionItems {\n    ...MeetingActionItem\n  }\n  threads {\n    ...MeetingOpinion\n  }\n}"): (typeof documents)["fragment MeetingDetail on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  agenda\n  minutes\n  minutesVersion\n  minutesEditedAt\n  minutesEditedBy {\n    id\n    name\n  }\n  hasTakenPlace\n  conclusion {\n    ...MeetingConclusion\n  }\n  viewerCan {\n    edit\n    editMinutes\n    addActionItem\n    recordOpinion\n    recordConclusion\n  }\n  externalAttendees\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  attendees {\n    id\n    name\n    title\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  actionItems {\n    ...MeetingActionItem\n  }\n  threads {\n    ...MeetingOpinion\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MeetingEvents($meetingId: ID!, $after: String) {\n  meetingEvents(meetingId: $meetingId, after: $after) {\n    cursor\n    kind\n    minutesVersion\n    editedBy {\n      id\n      name\n    }\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}"): (typeof documents)["subscription MeetingEvents($meetingId: ID!, $after: String) {\n  meetingEvents(meetingId: $meetingId, after: $after) {\n    cursor\n    kind\n    minutesVersion\n    editedBy {\n      id\n      name\n    }\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingOpinion on Thread {\n  id\n  status\n  source\n  quote\n  externalAuthor\n  createdAt\n  anchor {\n    blockId\n    start\n    end\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  disposition {\n    status\n    reason\n  }\n  comments {\n    id\n    body\n    bodyHtml\n  }\n  draft {\n    id\n    version\n    plan {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["fragment MeetingOpinion on Thread {\n  id\n  status\n  source\n  quote\n  externalAuthor\n  createdAt\n  anchor {\n    blockId\n    start\n    end\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n  disposition {\n    status\n    reason\n  }\n  comments {\n    id\n    body\n    bodyHtml\n  }\n  draft {\n    id\n    version\n    plan {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingOptions($programId: ID!) {\n  program(id: $programId) {\n    id\n    units {\n      id\n      name\n      shortName\n      kind\n    }\n    plans {\n      id\n      title\n      currentDraft {\n        id\n        version\n        stage\n        title\n      }\n    }\n    people {\n      id\n      name\n      role\n      title\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}"): (typeof documents)["query MeetingOptions($programId: ID!) {\n  program(id: $programId) {\n    id\n    units {\n      id\n      name\n      shortName\n      kind\n    }\n    plans {\n      id\n      title\n      currentDraft {\n        id\n        version\n        stage\n        title\n      }\n    }\n    people {\n      id\n      name\n      role\n      title\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingRecord($meetingId: ID!) {\n  meetingRecord(meetingId: $meetingId) {\n    url\n    filename\n    expiresAt\n  }\n}"): (typeof documents)["query MeetingRecord($meetingId: ID!) {\n  meetingRecord(meetingId: $meetingId) {\n    url\n    filename\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MeetingRoom($meetingId: ID!, $clientId: Float) {\n  meetingPresence(meetingId: $meetingId, clientId: $clientId) {\n    meetingId\n    awareness\n    viewers {\n      clientId\n      person {\n        id\n        name\n        unit {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["subscription MeetingRoom($meetingId: ID!, $clientId: Float) {\n  meetingPresence(meetingId: $meetingId, clientId: $clientId) {\n    meetingId\n    awareness\n    viewers {\n      clientId\n      person {\n        id\n        name\n        unit {\n          id\n          shortName\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MinutesUpdates($meetingId: ID!, $after: String) {\n  minutesUpdates(meetingId: $meetingId, after: $after) {\n    meetingId\n    cursor\n    update\n    whole\n  }\n}"): (typeof documents)["subscription MinutesUpdates($meetingId: ID!, $after: String) {\n  minutesUpdates(meetingId: $meetingId, after: $after) {\n    meetingId\n    cursor\n    update\n    whole\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpinionDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}"): (typeof documents)["query OpinionDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PushMinutesUpdate($input: PushMinutesUpdateInput!) {\n  pushMinutesUpdate(input: $input) {\n    meetingId\n    minutesVersion\n    clientMutationId\n  }\n}"): (typeof documents)["mutation PushMinutesUpdate($input: PushMinutesUpdateInput!) {\n  pushMinutesUpdate(input: $input) {\n    meetingId\n    minutesVersion\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMeetingConclusion($input: RecordConclusionInput!) {\n  recordMeetingConclusion(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}"): (typeof documents)["mutation RecordMeetingConclusion($input: RecordConclusionInput!) {\n  recordMeetingConclusion(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMeetingOpinion($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...MeetingOpinion\n    }\n  }\n}"): (typeof documents)["mutation RecordMeetingOpinion($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...MeetingOpinion\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelayMinutesAwareness($input: RelayMinutesAwarenessInput!) {\n  relayMinutesAwareness(input: $input)\n}"): (typeof documents)["mutation RelayMinutesAwareness($input: RelayMinutesAwarenessInput!) {\n  relayMinutesAwareness(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItem($input: UpdateActionItemInput!) {\n  updateActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}"): (typeof documents)["mutation UpdateActionItem($input: UpdateActionItemInput!) {\n  updateActionItem(input: $input) {\n    clientMutationId\n    actionItem {\n      ...MeetingActionItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}"): (typeof documents)["mutation UpdateMeeting($input: UpdateMeetingInput!) {\n  updateMeeting(input: $input) {\n    clientMutationId\n    meeting {\n      ...MeetingDetail\n    }\n  }\n}"];
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
export function graphql(source: "fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  link {\n    to\n    id\n    draftId\n    plan\n    version\n    quote\n  }\n  read\n}"): (typeof documents)["fragment NotificationItem on Notification {\n  id\n  at\n  kind\n  summary\n  facts {\n    name\n    value\n  }\n  subjectId\n  link {\n    to\n    id\n    draftId\n    plan\n    version\n    quote\n  }\n  read\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}"): (typeof documents)["query Notifications {\n  recent: notifications(first: 50) {\n    ...NotificationItem\n  }\n  unread: notifications(unreadOnly: true, first: 200) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ApprovalItem on Approval {\n  id\n  step\n  decision\n  opinion\n  version\n  requestedAt\n  decidedAt\n  draft {\n    id\n    version\n  }\n  meeting {\n    id\n    title\n    startsAt\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ApprovalItem on Approval {\n  id\n  step\n  decision\n  opinion\n  version\n  requestedAt\n  decidedAt\n  draft {\n    id\n    version\n  }\n  meeting {\n    id\n    title\n    startsAt\n  }\n  requestedBy {\n    id\n    name\n  }\n  decidedBy {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideApproval($input: DecideApprovalInput!) {\n  decideApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n    }\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}"): (typeof documents)["mutation DecideApproval($input: DecideApprovalInput!) {\n  decideApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n    }\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpertMeetings($programId: ID!, $planId: ID!) {\n  program(id: $programId) {\n    id\n    meetings(first: 50, filter: {kinds: [EXPERT_REVIEW], planId: $planId}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          conclusion {\n            verdict\n            text\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ExpertMeetings($programId: ID!, $planId: ID!) {\n  program(id: $programId) {\n    id\n    meetings(first: 50, filter: {kinds: [EXPERT_REVIEW], planId: $planId}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          conclusion {\n            verdict\n            text\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssuePlan($input: IssuePlanInput!) {\n  issuePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}"): (typeof documents)["mutation IssuePlan($input: IssuePlanInput!) {\n  issuePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlanLifecycle on Plan {\n  id\n  kind\n  stage\n  version\n  publishableStages\n  approvalSteps\n  viewerCan {\n    publishDraft\n    requestApproval\n    decideApproval\n    issue\n    edit\n  }\n  approvals {\n    ...ApprovalItem\n  }\n  issued {\n    docNumber\n    issuedOn\n    issuer\n    filedOn\n    draft {\n      id\n      version\n    }\n  }\n}"): (typeof documents)["fragment PlanLifecycle on Plan {\n  id\n  kind\n  stage\n  version\n  publishableStages\n  approvalSteps\n  viewerCan {\n    publishDraft\n    requestApproval\n    decideApproval\n    issue\n    edit\n  }\n  approvals {\n    ...ApprovalItem\n  }\n  issued {\n    docNumber\n    issuedOn\n    issuer\n    filedOn\n    draft {\n      id\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"): (typeof documents)["fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramExport($programId: ID!, $kind: ProgramExportKind!, $format: ExportFormat!) {\n  programExport(programId: $programId, kind: $kind, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}"): (typeof documents)["query ProgramExport($programId: ID!, $kind: ProgramExportKind!, $format: ExportFormat!) {\n  programExport(programId: $programId, kind: $kind, format: $format) {\n    url\n    filename\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublishableStages($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Plan {\n      stage\n      publishableStages\n    }\n  }\n}"): (typeof documents)["query PublishableStages($id: ID!) {\n  node(id: $id) {\n    id\n    ... on Plan {\n      stage\n      publishableStages\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordFiling($input: RecordFilingInput!) {\n  recordFiling(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}"): (typeof documents)["mutation RecordFiling($input: RecordFilingInput!) {\n  recordFiling(input: $input) {\n    clientMutationId\n    plan {\n      ...PlanLifecycle\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestApproval($input: RequestApprovalInput!) {\n  requestApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n      plan {\n        ...PlanLifecycle\n      }\n    }\n  }\n}"): (typeof documents)["mutation RequestApproval($input: RequestApprovalInput!) {\n  requestApproval(input: $input) {\n    clientMutationId\n    approval {\n      ...ApprovalItem\n      plan {\n        ...PlanLifecycle\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}"): (typeof documents)["subscription DraftPresence($draftId: ID!) {\n  presence(draftId: $draftId) {\n    draftId\n    viewers {\n      id\n      name\n      unit {\n        id\n        shortName\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignReview($input: AssignReviewInput!) {\n  assignReview(input: $input) {\n    clientMutationId\n    assignment {\n      id\n      status\n      dueOn\n    }\n  }\n}"): (typeof documents)["mutation AssignReview($input: AssignReviewInput!) {\n  assignReview(input: $input) {\n    clientMutationId\n    assignment {\n      id\n      status\n      dueOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToReview($input: RespondToReviewInput!) {\n  respondToReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}"): (typeof documents)["mutation RespondToReview($input: RespondToReviewInput!) {\n  respondToReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewAssignmentItem on ReviewAssignment {\n  id\n  dueOn\n  status\n  overdue\n  declineReason\n  draft {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n  }\n  review {\n    verdict\n    foresight\n    scientific\n    operability\n    summary\n    submittedAt\n    threads {\n      id\n      quote\n    }\n  }\n}"): (typeof documents)["fragment ReviewAssignmentItem on ReviewAssignment {\n  id\n  dueOn\n  status\n  overdue\n  declineReason\n  draft {\n    id\n    version\n    stage\n    title\n    plan {\n      id\n      title\n    }\n  }\n  review {\n    verdict\n    foresight\n    scientific\n    operability\n    summary\n    submittedAt\n    threads {\n      id\n      quote\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartReviewComment($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}"): (typeof documents)["mutation StartReviewComment($input: StartThreadInput!) {\n  startThread(input: $input) {\n    clientMutationId\n    thread {\n      ...ThreadItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitReview($input: SubmitReviewInput!) {\n  submitReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}"): (typeof documents)["mutation SubmitReview($input: SubmitReviewInput!) {\n  submitReview(input: $input) {\n    clientMutationId\n    assignment {\n      ...ReviewAssignmentItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GlobalSearch($programId: ID!, $q: String!) {\n  search(programId: $programId, query: $q, first: 60, perKind: 8) {\n    kind\n    id\n    title\n    snippet\n    draftId\n    version\n    blockId\n    quote\n    threadId\n    meetingId\n    planId\n    topicId\n    milestoneId\n  }\n}"): (typeof documents)["query GlobalSearch($programId: ID!, $q: String!) {\n  search(programId: $programId, query: $q, first: 60, perKind: 8) {\n    kind\n    id\n    title\n    snippet\n    draftId\n    version\n    blockId\n    quote\n    threadId\n    meetingId\n    planId\n    topicId\n    milestoneId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  viewerCan {\n    edit\n  }\n  author {\n    id\n    name\n  }\n}"): (typeof documents)["fragment CommentItem on Comment {\n  id\n  body\n  bodyHtml\n  version\n  createdAt\n  editedAt\n  viewerCan {\n    edit\n  }\n  author {\n    id\n    name\n  }\n}"];
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
export function graphql(source: "query MentionPeople {\n  programs {\n    id\n    people {\n      id\n      name\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}"): (typeof documents)["query MentionPeople {\n  programs {\n    id\n    people {\n      id\n      name\n      unit {\n        id\n        name\n        shortName\n      }\n    }\n  }\n}"];
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
export function graphql(source: "fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n  viewerCan {\n    reply\n    edit\n    dispose\n    reopen\n    withdraw\n  }\n}"): (typeof documents)["fragment ThreadItem on Thread {\n  id\n  anchor {\n    blockId\n    start\n    end\n    quote\n    prefix\n    suffix\n  }\n  anchorState\n  source\n  status\n  externalAuthor\n  createdAt\n  assignedUnit {\n    id\n    shortName\n    name\n  }\n  author {\n    id\n    name\n    unit {\n      id\n      shortName\n      name\n    }\n  }\n  disposition {\n    status\n    reason\n    decidedAt\n    decidedBy {\n      id\n      name\n    }\n  }\n  comments {\n    ...CommentItem\n  }\n  viewerCan {\n    reply\n    edit\n    dispose\n    reopen\n    withdraw\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}"): (typeof documents)["fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Todo {\n  todo {\n    answer {\n      threadId\n      draftId\n      plan\n      version\n      quote\n      excerpt\n      author\n      at\n    }\n    review {\n      assignmentId\n      draftId\n      plan\n      version\n      status\n      dueOn\n    }\n    actionItems {\n      id\n      meetingId\n      meeting\n      title\n      status\n      dueOn\n    }\n    approvals {\n      id\n      planId\n      plan\n      version\n      step\n      requestedAt\n    }\n  }\n}"): (typeof documents)["query Todo {\n  todo {\n    answer {\n      threadId\n      draftId\n      plan\n      version\n      quote\n      excerpt\n      author\n      at\n    }\n    review {\n      assignmentId\n      draftId\n      plan\n      version\n      status\n      dueOn\n    }\n    actionItems {\n      id\n      meetingId\n      meeting\n      title\n      status\n      dueOn\n    }\n    approvals {\n      id\n      planId\n      plan\n      version\n      step\n      requestedAt\n    }\n  }\n}"];
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
export function graphql(source: "query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      label\n      text\n    }\n    new {\n      id\n      kind\n      level\n      label\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query CompareDrafts($fromId: ID!, $toId: ID!) {\n  compareDrafts(fromId: $fromId, toId: $toId) {\n    kind\n    old {\n      id\n      kind\n      level\n      label\n      text\n    }\n    new {\n      id\n      kind\n      level\n      label\n      text\n    }\n    parts {\n      op\n      text\n    }\n  }\n  to: draft(id: $toId) {\n    id\n    version\n    stage\n    title\n    createdAt\n    plan {\n      id\n      title\n      drafts {\n        id\n        version\n        stage\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseConsultation($input: CloseConsultationInput!) {\n  closeConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}"): (typeof documents)["mutation CloseConsultation($input: CloseConsultationInput!) {\n  closeConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ConsultationEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"): (typeof documents)["subscription ConsultationEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationGroups($id: ID!, $by: OpinionGrouping!, $first: Int, $after: String) {\n  consultation(id: $id) {\n    id\n    groups(by: $by, status: PENDING, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublicOpinionGroupCard\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ConsultationGroups($id: ID!, $by: OpinionGrouping!, $first: Int, $after: String) {\n  consultation(id: $id) {\n    id\n    groups(by: $by, status: PENDING, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PublicOpinionGroupCard\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ConsultationLiveEvents($consultationId: ID!, $after: String) {\n  consultationEvents(consultationId: $consultationId, after: $after) {\n    cursor\n    consultationId\n    kind\n    opinionId\n  }\n}"): (typeof documents)["subscription ConsultationLiveEvents($consultationId: ID!, $after: String) {\n  consultationEvents(consultationId: $consultationId, after: $after) {\n    cursor\n    consultationId\n    kind\n    opinionId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationOpinions($id: ID!, $status: ModerationStatus, $first: Int, $after: String, $group: String) {\n  consultation(id: $id) {\n    id\n    opinions(status: $status, first: $first, after: $after, group: $group) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicOpinionCard\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ConsultationOpinions($id: ID!, $status: ModerationStatus, $first: Int, $after: String, $group: String) {\n  consultation(id: $id) {\n    id\n    opinions(status: $status, first: $first, after: $after, group: $group) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...PublicOpinionCard\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationPage($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationSummary\n    draft {\n      id\n      version\n      title\n      plan {\n        id\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query ConsultationPage($id: ID!) {\n  consultation(id: $id) {\n    ...ConsultationSummary\n    draft {\n      id\n      version\n      title\n      plan {\n        id\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsultationPassages($id: ID!) {\n  consultation(id: $id) {\n    id\n    passageCounts {\n      blockId\n      received\n      pending\n    }\n    draft {\n      id\n      blocks {\n        id\n        kind\n        level\n        label\n        text\n      }\n    }\n  }\n}"): (typeof documents)["query ConsultationPassages($id: ID!) {\n  consultation(id: $id) {\n    id\n    passageCounts {\n      blockId\n      received\n      pending\n    }\n    draft {\n      id\n      blocks {\n        id\n        kind\n        level\n        label\n        text\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConsultationSummary on PublicConsultation {\n  id\n  slug\n  publicUrl\n  intro\n  state\n  opensOn\n  closesOn\n  received\n  pending\n  accepted\n  rejected\n  duplicate\n}"): (typeof documents)["fragment ConsultationSummary on PublicConsultation {\n  id\n  slug\n  publicUrl\n  intro\n  state\n  opensOn\n  closesOn\n  received\n  pending\n  accepted\n  rejected\n  duplicate\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Consultations($programId: ID!) {\n  clock {\n    today\n  }\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      stage\n      currentDraft {\n        id\n        version\n        stage\n        title\n        consultation {\n          ...ConsultationSummary\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Consultations($programId: ID!) {\n  clock {\n    today\n  }\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      stage\n      currentDraft {\n        id\n        version\n        stage\n        title\n        consultation {\n          ...ConsultationSummary\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratePublicOpinion($input: ModeratePublicOpinionInput!) {\n  moderatePublicOpinion(input: $input) {\n    opinion {\n      ...PublicOpinionCard\n    }\n    clientMutationId\n  }\n}"): (typeof documents)["mutation ModeratePublicOpinion($input: ModeratePublicOpinionInput!) {\n  moderatePublicOpinion(input: $input) {\n    opinion {\n      ...PublicOpinionCard\n    }\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ModeratePublicOpinionGroup($input: ModeratePublicOpinionGroupInput!) {\n  moderatePublicOpinionGroup(input: $input) {\n    decided\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}"): (typeof documents)["mutation ModeratePublicOpinionGroup($input: ModeratePublicOpinionGroupInput!) {\n  moderatePublicOpinionGroup(input: $input) {\n    decided\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenConsultation($input: OpenConsultationInput!) {\n  openConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}"): (typeof documents)["mutation OpenConsultation($input: OpenConsultationInput!) {\n  openConsultation(input: $input) {\n    consultation {\n      ...ConsultationSummary\n    }\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PublicOpinionCard on PublicOpinion {\n  id\n  anchor {\n    blockId\n    quote\n  }\n  body\n  authorName\n  identity\n  submittedAt\n  status\n  duplicateOf {\n    id\n  }\n  thread {\n    id\n  }\n  moderatedBy {\n    id\n    name\n  }\n  moderationNote\n  version\n}"): (typeof documents)["fragment PublicOpinionCard on PublicOpinion {\n  id\n  anchor {\n    blockId\n    quote\n  }\n  body\n  authorName\n  identity\n  submittedAt\n  status\n  duplicateOf {\n    id\n  }\n  thread {\n    id\n  }\n  moderatedBy {\n    id\n    name\n  }\n  moderationNote\n  version\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PublicOpinionGroupCard on PublicOpinionGroup {\n  key\n  by\n  count\n  blockId\n  quote\n  latestAt\n  sample {\n    ...PublicOpinionCard\n  }\n}"): (typeof documents)["fragment PublicOpinionGroupCard on PublicOpinionGroup {\n  key\n  by\n  count\n  blockId\n  quote\n  latestAt\n  sample {\n    ...PublicOpinionCard\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DashboardEvents($programId: ID!, $after: String, $coalesceMs: Int) {\n  programEvents(programId: $programId, after: $after, coalesceMs: $coalesceMs) {\n    cursor\n    coalesced\n    activity {\n      ...ActivityItem\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n}"): (typeof documents)["subscription DashboardEvents($programId: ID!, $after: String, $coalesceMs: Int) {\n  programEvents(programId: $programId, after: $after, coalesceMs: $coalesceMs) {\n    cursor\n    coalesced\n    activity {\n      ...ActivityItem\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    plans {\n      id\n      title\n      kind\n      drafts {\n        id\n        version\n      }\n    }\n    units {\n      id\n      name\n      shortName\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}"): (typeof documents)["query DashboardPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    plans {\n      id\n      title\n      kind\n      drafts {\n        id\n        version\n      }\n    }\n    units {\n      id\n      name\n      shortName\n    }\n    dashboard {\n      ...DashboardFigures\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"): (typeof documents)["subscription DraftProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    viewerCan {\n      comment\n      publishNextVersion\n      exportTable\n    }\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}"): (typeof documents)["query DraftReader($id: ID!) {\n  clock {\n    now\n  }\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    createdAt\n    viewerCan {\n      comment\n      publishNextVersion\n      exportTable\n    }\n    plan {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n      }\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationLink($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}"): (typeof documents)["mutation AcceptInvitationLink($input: AcceptInvitationInput!) {\n  acceptInvitation(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}"): (typeof documents)["mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingList($programId: ID!, $first: Int, $after: String, $filter: MeetingFilter) {\n  program(id: $programId) {\n    id\n    meetings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MeetingRow\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MeetingList($programId: ID!, $first: Int, $after: String, $filter: MeetingFilter) {\n  program(id: $programId) {\n    id\n    meetings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MeetingRow\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MeetingListEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"): (typeof documents)["subscription MeetingListEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeetingPage($id: ID!) {\n  me {\n    id\n    name\n    role\n    unit {\n      id\n    }\n  }\n  meeting(id: $id) {\n    ...MeetingDetail\n  }\n}"): (typeof documents)["query MeetingPage($id: ID!) {\n  me {\n    id\n    name\n    role\n    unit {\n      id\n    }\n  }\n  meeting(id: $id) {\n    ...MeetingDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MeetingRow on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  actionItems {\n    id\n    status\n    overdue\n  }\n  threads {\n    id\n    status\n  }\n}"): (typeof documents)["fragment MeetingRow on Meeting {\n  id\n  kind\n  title\n  startsAt\n  location\n  hostUnit {\n    id\n    name\n    shortName\n  }\n  plans {\n    id\n    title\n  }\n  actionItems {\n    id\n    status\n    overdue\n  }\n  threads {\n    id\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}"): (typeof documents)["subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramOverview($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}"): (typeof documents)["query ProgramOverview($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n  clock {\n    today\n    fixed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programs {\n  programs {\n    id\n    name\n  }\n}"): (typeof documents)["query Programs {\n  programs {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PlanProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"): (typeof documents)["subscription PlanProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  clock {\n    today\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n      ...PlanLifecycle\n    }\n  }\n}"): (typeof documents)["query PlanVersions($id: ID!) {\n  me {\n    id\n    role\n    unit {\n      id\n    }\n  }\n  clock {\n    today\n  }\n  node(id: $id) {\n    id\n    ... on Plan {\n      title\n      kind\n      stage\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n      }\n      drafts {\n        id\n        version\n        stage\n        title\n        createdAt\n        commentDeadline\n        commentsOpen\n        stats {\n          total\n          open\n        }\n      }\n      ...PlanLifecycle\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicChallenge {\n  publicChallenge {\n    json\n  }\n}"): (typeof documents)["query PublicChallenge {\n  publicChallenge {\n    json\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicSummary($slug: String!) {\n  publicSummary(slug: $slug) {\n    slug\n    title\n    planTitle\n    state\n    received\n    accepted\n    byDisposition {\n      status\n      count\n    }\n    opinions {\n      quote\n      body\n      identity\n      status\n      answer\n    }\n  }\n}"): (typeof documents)["query PublicSummary($slug: String!) {\n  publicSummary(slug: $slug) {\n    slug\n    title\n    planTitle\n    state\n    received\n    accepted\n    byDisposition {\n      status\n      count\n    }\n    opinions {\n      quote\n      body\n      identity\n      status\n      answer\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPublicOpinion($input: SubmitPublicOpinionInput!) {\n  submitPublicOpinion(input: $input) {\n    receipt\n    clientMutationId\n  }\n}"): (typeof documents)["mutation SubmitPublicOpinion($input: SubmitPublicOpinionInput!) {\n  submitPublicOpinion(input: $input) {\n    receipt\n    clientMutationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyReviews {\n  me {\n    id\n    role\n  }\n  myReviewAssignments {\n    ...ReviewAssignmentItem\n  }\n}"): (typeof documents)["query MyReviews {\n  me {\n    id\n    role\n  }\n  myReviewAssignments {\n    ...ReviewAssignmentItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewBoard($draftId: ID!) {\n  me {\n    id\n    role\n  }\n  clock {\n    today\n  }\n  draft(id: $draftId) {\n    id\n    version\n    stage\n    viewerCan {\n      assignReview\n    }\n    title\n    plan {\n      id\n      title\n      currentDraft {\n        id\n      }\n    }\n    reviewBoard {\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        declineReason\n        expert {\n          id\n          name\n          title\n        }\n        review {\n          verdict\n          foresight\n          scientific\n          operability\n          summary\n          submittedAt\n        }\n      }\n      averages {\n        foresight\n        scientific\n        operability\n        submitted\n      }\n      overdue {\n        id\n        dueOn\n        expert {\n          id\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ReviewBoard($draftId: ID!) {\n  me {\n    id\n    role\n  }\n  clock {\n    today\n  }\n  draft(id: $draftId) {\n    id\n    version\n    stage\n    viewerCan {\n      assignReview\n    }\n    title\n    plan {\n      id\n      title\n      currentDraft {\n        id\n      }\n    }\n    reviewBoard {\n      assignments {\n        id\n        status\n        dueOn\n        overdue\n        declineReason\n        expert {\n          id\n          name\n          title\n        }\n        review {\n          verdict\n          foresight\n          scientific\n          operability\n          summary\n          submittedAt\n        }\n      }\n      averages {\n        foresight\n        scientific\n        operability\n        submitted\n      }\n      overdue {\n        id\n        dueOn\n        expert {\n          id\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}"): (typeof documents)["query ReviewDraft($id: ID!) {\n  draft(id: $id) {\n    id\n    version\n    stage\n    title\n    commentsOpen\n    commentDeadline\n    plan {\n      id\n      title\n    }\n    blocks {\n      id\n      kind\n      level\n      text\n      label\n      marks {\n        start\n        end\n        bold\n        italic\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewExperts($programId: ID!) {\n  program(id: $programId) {\n    id\n    people {\n      id\n      name\n      role\n      title\n    }\n  }\n}"): (typeof documents)["query ReviewExperts($programId: ID!) {\n  program(id: $programId) {\n    id\n    people {\n      id\n      name\n      role\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewOverview($programId: ID!) {\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n        title\n        reviewBoard {\n          assignments {\n            id\n            status\n            overdue\n          }\n          averages {\n            foresight\n            scientific\n            operability\n            submitted\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ReviewOverview($programId: ID!) {\n  program(id: $programId) {\n    id\n    plans {\n      id\n      title\n      leadUnit {\n        id\n        name\n        shortName\n      }\n      currentDraft {\n        id\n        version\n        stage\n        title\n        reviewBoard {\n          assignments {\n            id\n            status\n            overdue\n          }\n          averages {\n            foresight\n            scientific\n            operability\n            submitted\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ReviewProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"): (typeof documents)["subscription ReviewProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsCreateMilestone($input: CreateMilestoneInput!) {\n  createMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}"): (typeof documents)["mutation SettingsCreateMilestone($input: CreateMilestoneInput!) {\n  createMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsCreatePlan($input: CreatePlanInput!) {\n  createPlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}"): (typeof documents)["mutation SettingsCreatePlan($input: CreatePlanInput!) {\n  createPlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsCreateTopic($input: CreateTopicInput!) {\n  createTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}"): (typeof documents)["mutation SettingsCreateTopic($input: CreateTopicInput!) {\n  createTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsEditMilestone($input: EditMilestoneInput!) {\n  editMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}"): (typeof documents)["mutation SettingsEditMilestone($input: EditMilestoneInput!) {\n  editMilestone(input: $input) {\n    clientMutationId\n    milestone {\n      ...SettingsMilestone\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsEditTopic($input: EditTopicInput!) {\n  editTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}"): (typeof documents)["mutation SettingsEditTopic($input: EditTopicInput!) {\n  editTopic(input: $input) {\n    clientMutationId\n    topic {\n      ...SettingsTopic\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsMilestone on Milestone {\n  id\n  title\n  dueOn\n  status\n  version\n  ownerUnit {\n    ...SettingsUnit\n  }\n}"): (typeof documents)["fragment SettingsMilestone on Milestone {\n  id\n  title\n  dueOn\n  status\n  version\n  ownerUnit {\n    ...SettingsUnit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettingsPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    units {\n      ...SettingsUnit\n    }\n    plans {\n      ...SettingsPlan\n    }\n    topics {\n      ...SettingsTopic\n    }\n    phases {\n      id\n      order\n      name\n      startsOn\n      endsOn\n      milestones {\n        ...SettingsMilestone\n      }\n    }\n    people {\n      ...SettingsPerson\n    }\n  }\n  me {\n    id\n    role\n  }\n}"): (typeof documents)["query SettingsPage($id: ID!) {\n  program(id: $id) {\n    eventCursor\n    id\n    units {\n      ...SettingsUnit\n    }\n    plans {\n      ...SettingsPlan\n    }\n    topics {\n      ...SettingsTopic\n    }\n    phases {\n      id\n      order\n      name\n      startsOn\n      endsOn\n      milestones {\n        ...SettingsMilestone\n      }\n    }\n    people {\n      ...SettingsPerson\n    }\n  }\n  me {\n    id\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsPerson on Person {\n  id\n  name\n  title\n  role\n  unit {\n    ...SettingsUnit\n  }\n  memberships {\n    group\n    title\n    expertise\n  }\n}"): (typeof documents)["fragment SettingsPerson on Person {\n  id\n  name\n  title\n  role\n  unit {\n    ...SettingsUnit\n  }\n  memberships {\n    group\n    title\n    expertise\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsPlan on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}"): (typeof documents)["fragment SettingsPlan on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SettingsProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"): (typeof documents)["subscription SettingsProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      id\n      kind\n      subjectId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsSetMemberships($input: SetMembershipsInput!) {\n  setMemberships(input: $input) {\n    clientMutationId\n    person {\n      ...SettingsPerson\n    }\n  }\n}"): (typeof documents)["mutation SettingsSetMemberships($input: SetMembershipsInput!) {\n  setMemberships(input: $input) {\n    clientMutationId\n    person {\n      ...SettingsPerson\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsTopic on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}"): (typeof documents)["fragment SettingsTopic on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  version\n  leadUnit {\n    ...SettingsUnit\n  }\n  coUnits {\n    ...SettingsUnit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettingsUnit on Unit {\n  id\n  name\n  shortName\n}"): (typeof documents)["fragment SettingsUnit on Unit {\n  id\n  name\n  shortName\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettingsUpdatePlan($input: UpdatePlanInput!) {\n  updatePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}"): (typeof documents)["mutation SettingsUpdatePlan($input: UpdatePlanInput!) {\n  updatePlan(input: $input) {\n    clientMutationId\n    plan {\n      ...SettingsPlan\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;