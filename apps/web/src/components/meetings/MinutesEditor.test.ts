import { EditorView } from '@codemirror/view';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import * as Y from 'yjs';
import { type Realtime, RealtimeKey } from '../../graphql/realtime';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import MinutesEditor from './MinutesEditor.vue';

const b64 = (u: Uint8Array) => btoa(String.fromCharCode(...u));
const bytes = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

// Pushes wait a batch (150 ms) and retry after a second; a loaded machine takes longer.
const WAIT = { timeout: 10_000, interval: 20 };

type Sink = { next: (r: { data: unknown }) => void };

/** The server's side: its Y.Doc of the minutes, the socket's subscriptions, and the pushes it took. */
function minutesServer(text: string, options: { failFirstPushes?: number } = {}) {
  const doc = new Y.Doc();
  doc.getText('minutes').insert(0, text);
  const sinks = new Map<string, Sink>();
  let failures = options.failFirstPushes ?? 0;
  let cursor = 1;
  const pushes: string[] = [];
  const apollo = recordingApollo((op) => {
    if (op.operationName === 'RelayMinutesAwareness') return { __typename: 'Mutation', relayMinutesAwareness: true };
    if (op.operationName !== 'PushMinutesUpdate') throw new Error(`unexpected ${op.operationName}`);
    if (failures-- > 0) throw new Error('network down');
    const input = op.variables.input as { update: string };
    pushes.push(input.update);
    Y.applyUpdate(doc, bytes(input.update));
    return {
      __typename: 'Mutation',
      pushMinutesUpdate: {
        __typename: 'PushMinutesUpdatePayload',
        meetingId: 'm1',
        minutesVersion: pushes.length + 1,
        clientMutationId: null,
      },
    };
  });
  const realtime: Realtime = {
    state: ref('connected'),
    client: () => ({
      subscribe(payload: { query: string }, sink: Sink) {
        sinks.set(payload.query.includes('minutesUpdates') ? 'minutes' : 'room', sink);
        return () => {};
      },
      on: () => () => {},
      dispose: async () => {},
    }),
    reset() {},
  } as unknown as Realtime;
  const send = (update: Uint8Array, whole: boolean) =>
    sinks.get('minutes')?.next({
      data: {
        minutesUpdates: {
          __typename: 'MinutesUpdate',
          meetingId: 'm1',
          cursor: `${cursor++}:1`,
          update: b64(update),
          whole,
        },
      },
    });
  return {
    doc,
    pushes,
    realtime,
    apollo: apollo.client,
    sendWhole: () => send(Y.encodeStateAsUpdate(doc), true),
    /** Another editor's typing, as the subscription brings it. */
    typeElsewhere(edit: (t: Y.Text) => void) {
      const sv = Y.encodeStateVector(doc);
      edit(doc.getText('minutes'));
      send(Y.encodeStateAsUpdate(doc, sv), false);
    },
  };
}

function mountEditor(server: ReturnType<typeof minutesServer>, canEdit = true) {
  const globals = appGlobals({ apollo: server.apollo });
  const wrapper = mount(MinutesEditor, {
    props: { meetingId: 'm1', canEdit },
    global: { ...globals, provide: { ...globals.provide, [RealtimeKey as symbol]: server.realtime } },
    attachTo: document.body,
  });
  const view = () => EditorView.findFromDOM(wrapper.get('.cm-editor').element as HTMLElement) as EditorView;
  const status = () => wrapper.get('[data-testid="minutes-editor"]').attributes('data-status');
  return { wrapper, view, status };
}

describe('MinutesEditor', () => {
  it('opens on the server’s document, shows others’ typing in place, and sends its own typing merged', async () => {
    const server = minutesServer('一、会议概况\n');
    const { wrapper, view, status } = mountEditor(server);
    expect(status()).toBe('loading');
    expect(wrapper.find('.cm-editor').exists()).toBe(false);

    server.sendWhole();
    await flushPromises();
    expect(view().state.doc.toString()).toBe('一、会议概况\n');
    expect(status()).toBe('saved');

    // Someone else types at the end; it appears without a reload.
    server.typeElsewhere((t) => t.insert(t.length, '二、主要意见'));
    expect(view().state.doc.toString()).toBe('一、会议概况\n二、主要意见');

    // Three quick keystrokes go out as one merged update.
    for (const [i, ch] of [...'听取汇'].entries()) view().dispatch({ changes: { from: 6 + i, insert: ch } });
    await flushPromises();
    expect(status()).toBe('saving');
    await vi.waitFor(() => expect(server.pushes).toHaveLength(1), WAIT);
    expect(server.doc.getText('minutes').toString()).toBe('一、会议概况听取汇\n二、主要意见');
    await vi.waitFor(() => expect(status()).toBe('saved'), WAIT);
    wrapper.unmount();
  });

  it('keeps typing made while a push fails and sends it once the server answers again', async () => {
    const server = minutesServer('', { failFirstPushes: 1 });
    const { wrapper, view, status } = mountEditor(server);
    server.sendWhole();
    await flushPromises();
    view().dispatch({ changes: { from: 0, insert: '会' } });
    await vi.waitFor(() => expect(status()).toBe('offline'), WAIT);
    view().dispatch({ changes: { from: 1, insert: '议' } });
    await vi.waitFor(() => expect(server.doc.getText('minutes').toString()).toBe('会议'), WAIT);
    await vi.waitFor(() => expect(status()).toBe('saved'), WAIT);
    wrapper.unmount();
  });

  it('lets one who may not write the minutes read them live but not type', async () => {
    const server = minutesServer('一、会议概况');
    const { wrapper, view } = mountEditor(server, false);
    server.sendWhole();
    await flushPromises();
    expect(wrapper.get('[data-testid="minutes-input"]').attributes('contenteditable')).toBe('false');
    expect(view().state.readOnly).toBe(true);
    server.typeElsewhere((t) => t.insert(t.length, '。'));
    expect(view().state.doc.toString()).toBe('一、会议概况。');
    expect(wrapper.text()).toContain('只读');
    wrapper.unmount();
  });
});
