import type { AdoptionState, ThreadItemFragment } from '@gongbian/graphql-client';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { computed, defineComponent, h, shallowRef } from 'vue';
import type { RoleViewer } from '../../auth/role-access';
import { ApolloKey } from '../../graphql/apollo';
import { appGlobals } from '../../test-support/mount';
import { type Answer, answeringApollo, type Sent } from '../plans/test-fixtures';
import { ReaderContextKey } from './reader-context';
import ThreadCard from './ThreadCard.vue';

type Adoption = NonNullable<ThreadItemFragment['adoption']>;

const LEAD: RoleViewer = { id: 'p-lead', role: 'UNIT_MEMBER', unit: { id: 'u-lead' } };

function adoption(state: AdoptionState, over: Partial<Adoption> = {}): Adoption {
  return {
    __typename: 'AdoptionCheck',
    state,
    note: null,
    version: state === 'AWAITING_VERSION' ? null : { __typename: 'Draft', id: 'draft-2', version: 2 },
    confirmedBy: null,
    ...over,
  };
}

const ANCHOR: ThreadItemFragment['anchor'] = {
  __typename: 'Anchor',
  blockId: 'b1',
  start: 0,
  end: 6,
  quote: '县级储备库',
  prefix: '',
  suffix: '',
};

function buildThread(
  check: Adoption | null,
  status: ThreadItemFragment['status'] = 'ADOPTED',
  anchor: ThreadItemFragment['anchor'] = ANCHOR,
  mayConfirm = false,
): ThreadItemFragment {
  return {
    __typename: 'Thread',
    id: 't1',
    anchor,
    anchorState: 'ATTACHED',
    source: 'ONLINE',
    status,
    externalAuthor: null,
    createdAt: '2025-03-01T02:00:00.000Z',
    assignedUnit: { __typename: 'Unit', id: 'u-lead', shortName: '规财处', name: '规划财务处' },
    author: { __typename: 'Person', id: 'p-author', name: '王立', unit: null },
    disposition: {
      __typename: 'Disposition',
      status,
      reason: '',
      decidedAt: '2025-03-02T02:00:00.000Z',
      decidedBy: { __typename: 'Person', id: 'p-lead', name: '李明' },
    },
    adoption: check,
    comments: [],
    viewerCan: {
      __typename: 'ThreadPermissions',
      reply: false,
      edit: false,
      dispose: false,
      reopen: false,
      withdraw: false,
      confirmAdoption: mayConfirm,
    },
  };
}

// The mark comes in a chunk of its own: fetched once here, then each card shows it once settled.
beforeAll(() => import('./AdoptionMark.vue'));
afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * A card inside a reader that keeps the thread as the reader does: what a mutation returns
 * replaces it (context.upsert), so the card shows what the reader would.
 */
async function mountCard(
  thread: ThreadItemFragment,
  viewer: RoleViewer | null,
  respond: (op: Sent) => Answer = () => {
    throw new Error('nothing should be sent');
  },
  active = true,
) {
  const apollo = answeringApollo(respond);
  const current = shallowRef(thread);
  const Reader = defineComponent({
    setup: () => () => h(ThreadCard, { thread: current.value, active, hover: false, fresh: false }),
  });
  const globals = appGlobals({ apollo: apollo.client });
  const wrapper = mount(Reader, {
    attachTo: document.body,
    global: {
      ...globals,
      provide: {
        [ApolloKey as symbol]: apollo.client,
        [ReaderContextKey as symbol]: {
          viewer: computed(() => viewer),
          upsert: (th: ThreadItemFragment) => {
            current.value = th;
          },
          upsertComment: () => {},
          openDispose: () => {},
        },
      },
    },
  });
  await flushPromises();
  return { wrapper, sent: apollo.sent };
}

const mark = (wrapper: Awaited<ReturnType<typeof mountCard>>['wrapper']) => {
  const el = wrapper.find('[data-testid="thread-adoption"]');
  return {
    state: el.attributes('data-state'),
    label: wrapper.find('[data-testid="thread-adoption-state"]').text(),
    detail: wrapper.find('[data-testid="thread-adoption-detail"]').exists()
      ? wrapper.find('[data-testid="thread-adoption-detail"]').text()
      : null,
  };
};

describe('an adopted opinion’s 落实情况 on its card', () => {
  it.each([
    ['AWAITING_VERSION', adoption('AWAITING_VERSION'), '…待新版本核对', '发布新版本后核对'],
    ['REFLECTED', adoption('REFLECTED'), '✓已落实', '第 2 版已修改该段'],
    ['NOT_REFLECTED', adoption('NOT_REFLECTED'), '!未落实', '第 2 版未修改'],
    ['PASSAGE_REMOVED', adoption('PASSAGE_REMOVED'), '✕原文已删除', '第 2 版已删除该段'],
  ] as const)(
    'says %s in words and a sign, with the version it was checked against',
    async (state, check, label, detail) => {
      const { wrapper } = await mountCard(buildThread(check), null);
      expect(mark(wrapper)).toEqual({ state, label, detail });
    },
  );

  it('says an opinion on the whole draft waits for the answering unit, not for a version', async () => {
    const { wrapper } = await mountCard(buildThread(adoption('AWAITING_VERSION'), 'ADOPTED', null), null);
    expect(mark(wrapper)).toEqual({
      state: 'AWAITING_VERSION',
      label: '…待新版本核对',
      detail: '针对全文，待答复单位确认落实位置',
    });
  });

  it('says who confirmed it and where it was carried out', async () => {
    const check = adoption('REFLECTED', {
      note: '在第三章第二节体现',
      confirmedBy: { __typename: 'Person', id: 'p-lead', name: '李明' },
    });
    const { wrapper } = await mountCard(buildThread(check), null);
    expect(mark(wrapper)).toEqual({ state: 'REFLECTED', label: '✓已落实', detail: '李明 确认：在第三章第二节体现' });
  });

  it('shows no mark on an opinion that was not adopted', async () => {
    const { wrapper } = await mountCard(buildThread(null, 'NOT_ADOPTED'), LEAD);
    expect(wrapper.find('[data-testid="thread-adoption"]').exists()).toBe(false);
  });

  it('shows the mark in English', async () => {
    const apollo = answeringApollo(() => ({ data: null }));
    const wrapper = mount(ThreadCard, {
      props: { thread: buildThread(adoption('NOT_REFLECTED')), active: false, hover: false, fresh: false },
      global: {
        ...appGlobals({ locale: 'en', apollo: apollo.client }),
        provide: {
          [ApolloKey as symbol]: apollo.client,
          [ReaderContextKey as symbol]: {
            viewer: computed(() => null),
            upsert() {},
            upsertComment() {},
            openDispose() {},
          },
        },
      },
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="thread-adoption"]').text()).toBe(
      'Carried out!Not carried outunchanged in version 2',
    );
  });
});

describe('confirming where an adopted opinion was carried out', () => {
  // Who may is the server's answer (viewerCan.confirmAdoption: the unit that answers it, or the working group).
  it.each([
    ['those the server allows', true, 'NOT_REFLECTED', true, true],
    ['those the server allows, on a removed passage', true, 'PASSAGE_REMOVED', true, true],
    ['those the server allows, on an opinion on the whole draft', true, 'AWAITING_VERSION', true, true],
    ['those the server does not allow', false, 'NOT_REFLECTED', true, false],
    ['no one, once it is carried out', true, 'REFLECTED', true, false],
    ['no one, on a card not opened', true, 'NOT_REFLECTED', false, false],
  ] as const)('is offered to %s: %s', async (_who, may, state, active, offered) => {
    const { wrapper } = await mountCard(buildThread(adoption(state), 'ADOPTED', ANCHOR, may), LEAD, undefined, active);
    expect(wrapper.find('[data-testid="adoption-confirm"]').exists()).toBe(offered);
  });

  async function openForm(respond: (op: Sent) => Answer) {
    const mounted = await mountCard(buildThread(adoption('NOT_REFLECTED'), 'ADOPTED', ANCHOR, true), LEAD, respond);
    await mounted.wrapper.find('[data-testid="adoption-confirm"]').trigger('click');
    await flushPromises();
    return mounted;
  }
  async function submit(wrapper: Awaited<ReturnType<typeof mountCard>>['wrapper'], note: string) {
    await wrapper.find('[data-testid="adoption-note"]').setValue(note);
    await wrapper.find('[data-testid="adoption-submit"]').trigger('click');
    await flushPromises();
  }

  it('asks where before sending anything', async () => {
    const { wrapper, sent } = await openForm(() => ({ data: null }));
    await submit(wrapper, '   ');
    expect(sent).toEqual([]);
    // Element Plus shows a form item's message a moment after it turns to error.
    await vi.waitFor(() => expect(wrapper.find('.el-form-item__error').text()).toBe('请说明在何处落实'));
  });

  it('sends the note, and the card then shows it carried out in the lead unit’s words', async () => {
    const confirmed = buildThread(
      adoption('REFLECTED', {
        note: '在第三章第二节体现',
        confirmedBy: { __typename: 'Person', id: 'p-lead', name: '李明' },
      }),
    );
    const { wrapper, sent } = await openForm(() => ({
      data: { confirmAdoption: { __typename: 'ConfirmAdoptionPayload', clientMutationId: 'x', thread: confirmed } },
    }));
    await submit(wrapper, ' 在第三章第二节体现 ');
    expect(sent.map((s) => s.operationName)).toEqual(['ConfirmAdoption']);
    expect(sent[0]?.variables.input).toMatchObject({ threadId: 't1', note: '在第三章第二节体现' });
    expect(mark(wrapper)).toEqual({ state: 'REFLECTED', label: '✓已落实', detail: '李明 确认：在第三章第二节体现' });
    expect(wrapper.find('[data-testid="adoption-confirm"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="adoption-note"]').exists()).toBe(false);
  });

  it('shows the server’s refusal and keeps the mark and the note', async () => {
    const { wrapper } = await openForm(() => ({
      errors: [
        {
          message:
            'Only the unit that must answer the opinion, or the working group, confirms where it was carried out.',
          extensions: { code: 'FORBIDDEN', reason: 'CONFIRM_ADOPTION_ROLE' },
        },
      ],
    }));
    await submit(wrapper, '在第三章第二节体现');
    expect(wrapper.find('[data-testid="error-note"]').attributes('data-reason')).toBe('CONFIRM_ADOPTION_ROLE');
    expect(wrapper.find('[data-testid="error-text"]').text()).toBe(
      '只有负责答复该意见的单位或工作专班可以确认落实情况',
    );
    expect(mark(wrapper).state).toBe('NOT_REFLECTED');
    expect(wrapper.find<HTMLTextAreaElement>('[data-testid="adoption-note"]').element.value).toBe('在第三章第二节体现');
  });
});
