// Builders for the plan lifecycle's component tests (imported by *.test.ts only, never shipped).
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import type { ApprovalItemFragment, PlanLifecycleFragment } from '@gongbian/graphql-client';
import { Observable } from 'rxjs';
import { defineComponent } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

let seq = 0;

export function buildApproval(over: Partial<ApprovalItemFragment> = {}): ApprovalItemFragment {
  seq += 1;
  return {
    __typename: 'Approval',
    id: `approval-${seq}`,
    step: 'EXPERT_ARGUMENT',
    decision: 'PENDING',
    opinion: null,
    version: 1,
    requestedAt: '2020-11-10T02:00:00.000Z',
    decidedAt: null,
    draft: { __typename: 'Draft', id: 'draft-2', version: 2 },
    meeting: null,
    requestedBy: { __typename: 'Person', id: 'p-working', name: '王志强' },
    decidedBy: null,
    ...over,
  };
}

export type PanelPlan = PlanLifecycleFragment & { currentDraft: { id: string; version: number; stage: string } | null };

/** A special plan whose newest version (2) is a 送审稿, nothing requested yet; the viewer may do nothing. */
export function buildLifecyclePlan(over: Partial<PanelPlan> = {}): PanelPlan {
  return {
    __typename: 'Plan',
    id: 'plan-tech',
    kind: 'SPECIAL',
    stage: 'REVIEW',
    version: 1,
    publishableStages: ['REVIEW'],
    approvalSteps: ['EXPERT_ARGUMENT', 'LEADING_GROUP_REVIEW'],
    viewerCan: {
      __typename: 'PlanPermissions',
      publishDraft: false,
      requestApproval: false,
      decideApproval: false,
      issue: false,
      edit: false,
    },
    approvals: [],
    issued: null,
    currentDraft: { id: 'draft-2', version: 2, stage: 'REVIEW' },
    ...over,
  };
}

export const can = (over: Partial<PlanLifecycleFragment['viewerCan']>): PlanLifecycleFragment['viewerCan'] => ({
  ...buildLifecyclePlan().viewerCan,
  ...over,
});

export interface Sent {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}
export type Answer = { data: unknown } | { errors: unknown[] };

/** An Apollo client whose server is `respond` (data or errors, as the server sends them); records what was sent. */
export function answeringApollo(respond: (op: Sent) => Answer) {
  const sent: Sent[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const op = { operationName: operation.operationName, variables: operation.variables };
        sent.push(op);
        observer.next(respond(op) as ApolloLink.Result);
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

/** A router that knows the routes the panel links to. */
export function testRouter() {
  const empty = defineComponent({ render: () => null });
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/meetings/:id', name: 'meeting', component: empty },
      { path: '/:rest(.*)*', component: empty },
    ],
  });
}
