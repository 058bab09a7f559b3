import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { nth } from '../../test-support/fixtures';
import { appGlobals } from '../../test-support/mount';
import MinutesEditor from './MinutesEditor.vue';

// Minutes of two paragraphs, as two co-editors would both have opened them (version 2).
const FIRST = '一、会议听取了规财处关于总体规划编制进展的汇报。';
const SECOND = '二、与会代表建议加强基层应急能力建设。';
const BASE = `${FIRST}\n\n${SECOND}\n`;
const MINE = `${FIRST.replace('汇报。', '汇报，原则同意编制思路。')}\n\n${SECOND}\n`;
const THEIRS = `${FIRST}\n\n${SECOND.replace('建设。', '建设，补充乡镇应急队伍指标。')}\n`;

interface Sent {
  minutes: string;
  expectedVersion: number;
}

type Answer = { data: unknown } | { errors: unknown[] };

/** An Apollo client whose server answers editMinutes with `answers`, in turn; records what was sent. */
function minutesServer(answers: ((sent: Sent) => Answer)[]) {
  const sent: Sent[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const input = operation.variables.input as Sent & { clientMutationId: string };
        sent.push({ minutes: input.minutes, expectedVersion: input.expectedVersion });
        const answer = answers[sent.length - 1];
        if (!answer) throw new Error(`unexpected save #${sent.length}`);
        observer.next(answer(input) as ApolloLink.Result);
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const saved =
  (version: number) =>
  (input: Sent): Answer => ({
    data: {
      __typename: 'Mutation',
      editMinutes: {
        __typename: 'EditMinutesPayload',
        clientMutationId: null,
        meeting: { __typename: 'Meeting', id: 'm1', minutes: input.minutes, minutesVersion: version },
      },
    },
  });

const stale = (minutes: string, version: number) => (): Answer => ({
  errors: [
    {
      message: 'The minutes were saved by someone else meanwhile',
      extensions: { code: 'CONFLICT', current: { minutes, version } },
    },
  ],
});

function mountEditor(client: ApolloClient) {
  const wrapper = mount(MinutesEditor, {
    props: { meetingId: 'm1', minutes: BASE, version: 2, lastSaver: null, canEdit: true, meName: '吴佳琪' },
    global: appGlobals({ apollo: client }),
    attachTo: document.body,
  });
  const input = () => wrapper.get('[data-testid="minutes-input"]').element as HTMLTextAreaElement;
  const type = (text: string) => wrapper.get('[data-testid="minutes-input"]').setValue(text);
  const version = () => wrapper.get('[data-testid="minutes-editor"]').attributes('data-version');
  const done = async () => {
    await flushPromises(); // Element Plus resizes the textarea a tick after each change
    wrapper.unmount();
  };
  return { wrapper, input, type, version, done };
}

describe('MinutesEditor', () => {
  it('saves a clean merge on its own when someone saved another paragraph meanwhile, and says so', async () => {
    const server = minutesServer([stale(THEIRS, 3), saved(4)]);
    const { wrapper, input, type, version, done } = mountEditor(server.client);

    await type(MINE);
    await wrapper.get('[data-testid="minutes-save"]').trigger('click');

    await vi.waitFor(() => expect(server.sent).toHaveLength(2));
    await vi.waitFor(() => expect(version()).toBe('4'));
    const merged = `${MINE.split('\n\n')[0]}\n\n${THEIRS.split('\n\n')[1]}`;
    // first over the version it started from, then the merge over the version the server named
    expect(server.sent).toEqual([
      { minutes: MINE, expectedVersion: 2 },
      { minutes: merged, expectedVersion: 3 },
    ]);
    expect(input().value).toBe(merged);
    expect(wrapper.find('[data-testid="minutes-merged"]').text()).toContain('第 4 版');
    expect(wrapper.find('[data-testid="merge-view"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="minutes-editor"]').attributes('data-dirty')).toBe('false');
    await done();
  });

  it('shows the merge view for edits to the same words, and saves the resolution over the newer version', async () => {
    const theirs = BASE.replace('编制进展', '征求意见情况');
    const mine = BASE.replace('编制进展', '起草进展');
    const server = minutesServer([stale(theirs, 3), saved(4)]);
    const { wrapper, type, done } = mountEditor(server.client);

    await type(mine);
    await wrapper.get('[data-testid="minutes-save"]').trigger('click');

    await vi.waitFor(() => expect(wrapper.find('[data-testid="merge-view"]').exists()).toBe(true));
    expect(server.sent).toHaveLength(1);
    expect(wrapper.get('[data-testid="merge-view"]').attributes('data-clean')).toBe('false');
    expect(wrapper.findAll('[data-testid="merge-conflict"]')).toHaveLength(1);
    // the second paragraph, untouched by both, is not part of the conflict
    expect(nth(wrapper.findAll('[data-testid="merge-conflict"]'), 0).text()).not.toContain('基层');
    expect(wrapper.find('[data-testid="minutes-input"]').exists()).toBe(false);

    const useTheirs = wrapper.findAll('.el-radio-button').find((b) => b.text() === '用当前的');
    await useTheirs?.get('input').setValue(true);
    await wrapper.get('[data-testid="merge-save"]').trigger('click');
    await vi.waitFor(() => expect(server.sent).toHaveLength(2));
    expect(server.sent[1]).toEqual({ minutes: theirs, expectedVersion: 3 });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="merge-view"]').exists()).toBe(false));
    await done();
  });

  it('takes in another person’s save in place while there are no local changes', async () => {
    const { wrapper, input, done } = mountEditor(minutesServer([]).client);

    await wrapper.setProps({ minutes: THEIRS, version: 3, lastSaver: { version: 3, name: '许文涛' } });

    expect(input().value).toBe(THEIRS);
    expect(wrapper.get('[data-testid="minutes-version"]').text()).toBe('第 3 版');
    expect(wrapper.get('[data-testid="minutes-saved-by"]').text()).toContain('许文涛');
    expect(wrapper.find('[data-testid="minutes-newer"]').exists()).toBe(false);
    // an older version arriving late changes nothing
    await wrapper.setProps({ minutes: BASE, version: 2 });
    expect(input().value).toBe(THEIRS);
    await done();
  });

  it('keeps local changes when another save arrives, says a newer version exists, and merges it on request', async () => {
    const { wrapper, input, type, version, done } = mountEditor(minutesServer([]).client);

    await type(MINE);
    await wrapper.setProps({ minutes: THEIRS, version: 3, lastSaver: { version: 3, name: '许文涛' } });

    expect(input().value).toBe(MINE);
    expect(wrapper.get('[data-testid="minutes-newer"]').text()).toContain('许文涛');
    expect(version()).toBe('2');

    await wrapper.get('[data-testid="minutes-merge-newer"]').trigger('click');
    expect(input().value).toBe(`${MINE.split('\n\n')[0]}\n\n${THEIRS.split('\n\n')[1]}`);
    expect(version()).toBe('3');
    expect(wrapper.find('[data-testid="minutes-newer"]').exists()).toBe(false);
    // still unsaved: the merge is the person's edit until they save it
    expect(wrapper.get('[data-testid="minutes-editor"]').attributes('data-dirty')).toBe('true');
    await done();
  });

  it('says who last edited the minutes and when, as the server records it', async () => {
    const server = minutesServer([]);
    const wrapper = mount(MinutesEditor, {
      props: {
        meetingId: 'm1',
        minutes: BASE,
        version: 2,
        lastSaver: null,
        lastEdit: { name: '王立', at: '2025-03-01T02:30:00.000Z' },
        canEdit: false,
        meName: '吴佳琪',
      },
      global: appGlobals({ apollo: server.client, locale: 'en' }),
    });
    const line = wrapper.get('[data-testid="minutes-saved-by"]').text();
    expect(line).toContain('last edited by 王立 at');
    expect(line).toContain('2025');
    // and the one who may not edit is offered no save
    expect(wrapper.find('[data-testid="minutes-save"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
