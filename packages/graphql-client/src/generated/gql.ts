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
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n}": typeof types.MeDocument,
    "fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": typeof types.MilestoneItemFragmentDoc,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}": typeof types.UpdateMilestoneDocument,
    "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": typeof types.PlanRowFragmentDoc,
    "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}": typeof types.TimelinePhaseFragmentDoc,
    "fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": typeof types.TopicCardFragmentDoc,
    "mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}": typeof types.UpdateTopicDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": typeof types.LoginDocument,
    "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}": typeof types.ProgramEventsDocument,
    "query ProgramOverview($id: ID!) {\n  clock {\n    today\n    fixed\n  }\n  program(id: $id) {\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n}": typeof types.ProgramOverviewDocument,
    "query Programs {\n  programs {\n    id\n    name\n  }\n}": typeof types.ProgramsDocument,
};
const documents: Documents = {
    "fragment ActivityItem on Activity {\n  id\n  at\n  summary\n  subjectId\n  actor {\n    id\n    name\n  }\n}": types.ActivityItemFragmentDoc,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    name\n    title\n    role\n    unit {\n      id\n      name\n      shortName\n    }\n  }\n}": types.MeDocument,
    "fragment MilestoneItem on Milestone {\n  id\n  title\n  dueOn\n  status\n  overdue\n  completedAt\n  canUpdate\n  ownerUnit {\n    id\n    name\n    shortName\n  }\n}": types.MilestoneItemFragmentDoc,
    "mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n  updateMilestone(input: $input) {\n    milestone {\n      ...MilestoneItem\n      phase {\n        ...TimelinePhase\n      }\n    }\n    clientMutationId\n  }\n}": types.UpdateMilestoneDocument,
    "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": types.PlanRowFragmentDoc,
    "fragment TimelinePhase on Phase {\n  id\n  order\n  name\n  startsOn\n  endsOn\n  status\n  progress\n}": types.TimelinePhaseFragmentDoc,
    "fragment TopicCard on ResearchTopic {\n  id\n  number\n  title\n  content\n  dueOn\n  status\n  progressNote\n  overdue\n  canUpdate\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}": types.TopicCardFragmentDoc,
    "mutation UpdateTopic($input: UpdateTopicInput!) {\n  updateTopic(input: $input) {\n    topic {\n      ...TopicCard\n    }\n    clientMutationId\n  }\n}": types.UpdateTopicDocument,
    "mutation Login($input: LoginInput!) {\n  login(input: $input) {\n    token\n    person {\n      id\n      name\n      role\n    }\n  }\n}": types.LoginDocument,
    "subscription ProgramEvents($programId: ID!, $after: String) {\n  programEvents(programId: $programId, after: $after) {\n    cursor\n    activity {\n      ...ActivityItem\n    }\n  }\n}": types.ProgramEventsDocument,
    "query ProgramOverview($id: ID!) {\n  clock {\n    today\n    fixed\n  }\n  program(id: $id) {\n    id\n    name\n    startsOn\n    endsOn\n    currentPhase {\n      id\n    }\n    phases {\n      ...TimelinePhase\n      milestones {\n        ...MilestoneItem\n      }\n    }\n    plans {\n      ...PlanRow\n    }\n    topics {\n      ...TopicCard\n    }\n    dashboard {\n      programId\n      asOf\n      recentActivity(first: 30) {\n        ...ActivityItem\n      }\n    }\n  }\n}": types.ProgramOverviewDocument,
    "query Programs {\n  programs {\n    id\n    name\n  }\n}": types.ProgramsDocument,
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
export function graphql(source: "fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"): (typeof documents)["fragment PlanRow on Plan {\n  id\n  title\n  kind\n  stage\n  issuance\n  leadUnit {\n    id\n    name\n    shortName\n  }\n  coUnits {\n    id\n    name\n    shortName\n  }\n}"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;