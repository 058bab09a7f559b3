import type { ThreadItemFragment } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { computed } from 'vue';
import { appGlobals } from '../../test-support/mount';
import { ReaderContextKey } from './reader-context';
import ThreadCard from './ThreadCard.vue';

type Can = ThreadItemFragment['viewerCan'];
const NOTHING: Can = {
  __typename: 'ThreadPermissions',
  reply: false,
  edit: false,
  dispose: false,
  reopen: false,
  withdraw: false,
  confirmAdoption: false,
};

const comment = (id: string, authorId: string, name: string, edit: boolean) => ({
  __typename: 'Comment' as const,
  id,
  viewerCan: { __typename: 'CommentPermissions' as const, edit },
  body: `${name}的意见`,
  bodyHtml: `<p>${name}的意见</p>`,
  version: 1,
  createdAt: '2025-03-01T02:00:00.000Z',
  editedAt: null,
  author: { __typename: 'Person' as const, id: authorId, name },
});

function buildThread(
  viewerCan: Partial<Can>,
  status: ThreadItemFragment['status'] = 'OPEN',
  editable: { opening?: boolean; reply?: boolean } = {},
): ThreadItemFragment {
  return {
    __typename: 'Thread',
    id: 't1',
    anchor: null,
    anchorState: 'ATTACHED',
    source: 'ONLINE',
    status,
    externalAuthor: null,
    createdAt: '2025-03-01T02:00:00.000Z',
    assignedUnit: { __typename: 'Unit', id: 'u-lead', shortName: '规财处', name: '规划财务处' },
    author: { __typename: 'Person', id: 'p-author', name: '王立', unit: null },
    disposition: null,
    adoption: null,
    // Each comment says itself whether the viewer may edit it (Comment.viewerCan).
    comments: [
      comment('c1', 'p-author', '王立', editable.opening ?? false),
      comment('c2', 'p-viewer', '吴佳琪', editable.reply ?? false),
    ],
    viewerCan: { ...NOTHING, ...viewerCan },
  };
}

// The viewer is the same person in every case: only the server's viewerCan differs, so whatever
// the card offers comes from it, not from a role the card looks at.
// The card's actions come in a chunk of their own (ThreadActions): fetched once here, then each
// mounted card shows them once its promises have settled.
beforeAll(() => import('./ThreadActions.vue'));

async function mountCard(thread: ThreadItemFragment) {
  const wrapper = mount(ThreadCard, {
    props: { thread, active: true, hover: false, fresh: false },
    global: {
      ...appGlobals(),
      provide: {
        ...appGlobals().provide,
        [ReaderContextKey as symbol]: {
          viewer: computed(() => ({ id: 'p-viewer', role: 'WORKING_GROUP' as const, unit: null })),
          upsert: () => {},
          upsertComment: () => {},
          openDispose: () => {},
        },
      },
    },
  });
  await flushPromises();
  return wrapper;
}

const offered = (wrapper: Awaited<ReturnType<typeof mountCard>>) => ({
  reply: wrapper.find('[data-testid="reply-submit"]').exists(),
  decide: wrapper.find('[data-testid="thread-decide"]').exists(),
  withdraw: wrapper.find('[data-testid="thread-withdraw"]').exists(),
  reopen: wrapper.find('[data-testid="thread-reopen"]').exists(),
  editOpening: wrapper.find('[data-comment-id="c1"] [data-testid="comment-edit"]').exists(),
});

describe('ThreadCard follows Thread.viewerCan', () => {
  it('offers nothing when the server allows nothing, even to a working-group viewer', async () => {
    const wrapper = await mountCard(buildThread({}));
    expect(offered(wrapper)).toEqual({
      reply: false,
      decide: false,
      withdraw: false,
      reopen: false,
      editOpening: false,
    });
  });

  it.each([
    ['dispose', 'decide'],
    ['withdraw', 'withdraw'],
    ['reopen', 'reopen'],
    ['reply', 'reply'],
  ] as const)('offers %s exactly when viewerCan.%s is true', async (field, action) => {
    const wrapper = await mountCard(buildThread({ [field]: true }));
    const shown = offered(wrapper);
    expect(shown[action]).toBe(true);
    for (const [other, on] of Object.entries(shown)) if (other !== action) expect(on, other).toBe(false);
  });

  it('takes no replies on a decided thread, whatever viewerCan.reply says', async () => {
    const wrapper = await mountCard(buildThread({ reply: true }, 'ADOPTED'));
    expect(offered(wrapper).reply).toBe(false);
  });

  it('offers to edit exactly the comments whose viewerCan.edit is true', async () => {
    const reply = await mountCard(buildThread({ edit: true }, 'OPEN', { reply: true }));
    expect(reply.find('[data-comment-id="c1"] [data-testid="comment-edit"]').exists()).toBe(false);
    expect(reply.find('[data-comment-id="c2"] [data-testid="comment-edit"]').exists()).toBe(true);
    const opening = await mountCard(buildThread({}, 'OPEN', { opening: true }));
    expect(offered(opening)).toEqual({
      reply: false,
      decide: false,
      withdraw: false,
      reopen: false,
      editOpening: true,
    });
    expect(opening.find('[data-comment-id="c2"] [data-testid="comment-edit"]').exists()).toBe(false);
  });
});
