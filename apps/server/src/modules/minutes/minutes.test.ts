import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { collect, gql, ok, queryText, wsClient } from '#test/support/client.js';
import { planLedBy } from '#test/support/drafts.js';
import {
  EditMinutesDocument,
  LiveMinutesFollowDocument,
  LiveMinutesPushDocument,
  LiveMinutesRelayDocument,
  LiveMinutesRoomDocument,
  LogSolicitationDocument,
  MeetingMinutesDocument,
  MeNameDocument,
} from '#test/support/generated/graphql.js';
import { buildProgramme, type Programme, startTestServer, type TestServer } from '#test/support/server.js';
import { decodeAwareness, encodeAwareness } from './awareness-update.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: false });
});
afterAll(() => server.stop());

/** Waits for what arrives over the socket; a loaded machine can take seconds. */
const eventually = <T>(check: () => T) => vi.waitFor(check, { timeout: 15_000, interval: 20 });
const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

// A meeting hosted by 规财处 with 规财处's and 科信处's people attending: both may write its minutes.
async function meetingOf(p: Programme): Promise<string> {
  const planId = await planLedBy(server, p, '规财处');
  const r = await ok(
    server.url,
    LogSolicitationDocument,
    { p: p.programId, host: p.unitIds.guicai, plans: [planId], people: [p.personIds.guicai, p.personIds.kexin] },
    await p.as('working'),
  );
  return r.logMeeting.meeting.id;
}

const minutesOf = async (p: Programme, id: string) =>
  (await ok(server.url, MeetingMinutesDocument, { id }, await p.as('observer'))).meeting;

/**
 * A live editor as the web's is: a Y.Doc fed by minutesUpdates, whose own changes are pushed one
 * by one (each character its own update here), remembering the last cursor it received.
 */
function liveEditor(token: string, meetingId: string) {
  const doc = new Y.Doc();
  const text = doc.getText('minutes');
  const received: { cursor: string; whole: boolean }[] = [];
  let client: Client | null = null;
  let cursor: string | null = null;
  const follow = (after: string | null) => {
    client = wsClient(server.url, token);
    client.subscribe(
      { query: queryText(LiveMinutesFollowDocument), variables: { id: meetingId, after } },
      {
        next: ({ data }) => {
          const u = (data as { minutesUpdates?: { cursor: string; update: string; whole: boolean } })?.minutesUpdates;
          if (!u) return;
          Y.applyUpdate(doc, bytes(u.update), 'server');
          cursor = u.cursor;
          received.push({ cursor: u.cursor, whole: u.whole });
        },
        error: () => {},
        complete: () => {},
      },
    );
  };
  return {
    doc,
    text,
    received,
    cursor: () => cursor,
    follow,
    async close() {
      await client?.dispose();
      client = null;
    },
    /** Makes a change locally and pushes exactly its update. */
    async change(edit: (t: Y.Text) => void) {
      let update: Uint8Array | null = null;
      const take = (u: Uint8Array, origin: unknown) => {
        if (origin !== 'server') update = u;
      };
      doc.on('update', take);
      edit(text);
      doc.off('update', take);
      if (!update) throw new Error('the edit changed nothing');
      return ok(server.url, LiveMinutesPushDocument, { id: meetingId, update: b64(update) }, token);
    },
  };
}

describe('live minutes', () => {
  it('merges two people typing at once, character by character, into one text that is the minutes', async () => {
    const p = await buildProgramme(server);
    const id = await meetingOf(p);
    await ok(
      server.url,
      EditMinutesDocument,
      { id, text: '一、会议概况\n二、主要意见\n', v: 1 },
      await p.as('working'),
    );
    const a = liveEditor(await p.as('guicai'), id);
    const b = liveEditor(await p.as('kexin'), id);
    a.follow(null);
    b.follow(null);
    await eventually(() =>
      expect([a.text.toString(), b.text.toString()]).toEqual(Array(2).fill('一、会议概况\n二、主要意见\n')),
    );

    // 规财处 types after the first heading while 科信处 types at the end, each seeing the other's live.
    const mine = '听取了规财处汇报';
    const theirs = '建议补充乡镇指标';
    await Promise.all([
      (async () => {
        for (const [i, ch] of [...mine].entries()) await a.change((t) => t.insert('一、会议概况'.length + i, ch));
      })(),
      (async () => {
        for (const ch of theirs) await b.change((t) => t.insert(t.length, ch));
      })(),
    ]);

    const merged = `一、会议概况${mine}\n二、主要意见\n${theirs}`;
    await eventually(() => expect(a.text.toString()).toBe(merged));
    await eventually(() => expect(b.text.toString()).toBe(merged));
    const saved = await minutesOf(p, id);
    expect(saved?.minutes).toBe(merged);
    // the save, then one version per character typed
    expect(saved?.minutesVersion).toBe(2 + mine.length + theirs.length);
    await a.close();
    await b.close();
  });

  it('resumes from a cursor with exactly the updates it missed', async () => {
    const p = await buildProgramme(server);
    const id = await meetingOf(p);
    const a = liveEditor(await p.as('guicai'), id);
    const b = liveEditor(await p.as('kexin'), id);
    a.follow(null);
    b.follow(null);
    await eventually(() => expect(a.received).toHaveLength(1));
    await eventually(() => expect(b.received).toHaveLength(1));
    await a.change((t) => t.insert(0, '甲'));
    await eventually(() => expect(a.text.toString()).toBe('甲'));
    await eventually(() => expect(b.text.toString()).toBe('甲'));
    const stoppedAt = a.cursor();
    await a.close();

    // While 规财处 is away (a dropped connection), 科信处 types two characters.
    await b.change((t) => t.insert(1, '乙'));
    await b.change((t) => t.insert(2, '丙'));
    const seen = a.received.length;
    a.follow(stoppedAt);
    await eventually(() => expect(a.text.toString()).toBe('甲乙丙'));
    await b.change((t) => t.insert(3, '丁'));
    await eventually(() => expect(a.text.toString()).toBe('甲乙丙丁'));
    // the two it missed and the one after: no whole document, nothing twice
    expect(a.received.slice(seen).map((r) => r.whole)).toEqual([false, false, false]);
    expect(new Set(a.received.map((r) => r.cursor)).size).toBe(a.received.length);
    expect((await minutesOf(p, id))?.minutes).toBe('甲乙丙丁');
    await a.close();
    await b.close();
  });

  it('refuses typing from someone who may not write the minutes, and updates that do not decode, changing nothing', async () => {
    const p = await buildProgramme(server);
    const id = await meetingOf(p);
    const a = liveEditor(await p.as('guicai'), id);
    a.follow(null);
    await eventually(() => expect(a.received).toHaveLength(1));
    await a.change((t) => t.insert(0, '会议纪要'));
    const before = await minutesOf(p, id);

    // The observer reads the meeting but does not write its minutes.
    const observer = new Y.Doc();
    Y.applyUpdate(observer, Y.encodeStateAsUpdate(a.doc));
    const sv = Y.encodeStateVector(observer);
    observer.getText('minutes').insert(0, '旁观者');
    const theirs = b64(Y.encodeStateAsUpdate(observer, sv));
    const refused = await gql(server.url, LiveMinutesPushDocument, { id, update: theirs }, await p.as('observer'));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MINUTES_ROLE' });

    // An update built on changes the server never had would sit invisible in the document.
    const orphan = new Y.Doc();
    orphan.getText('minutes').insert(0, '前文');
    const osv = Y.encodeStateVector(orphan);
    orphan.getText('minutes').insert(2, '后文');
    const token = await p.as('guicai');
    for (const update of [
      '不是base64!',
      b64(Uint8Array.from([1, 2, 3, 4, 5])),
      b64(Y.encodeStateAsUpdate(orphan, osv)),
    ]) {
      const bad = await gql(server.url, LiveMinutesPushDocument, { id, update }, token);
      expect(bad.errors?.[0]?.extensions, update).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MINUTES_UPDATE_INVALID',
      });
    }
    const huge = b64(new Uint8Array(300 * 1024));
    const tooLarge = await gql(server.url, LiveMinutesPushDocument, { id, update: huge }, token);
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MINUTES_UPDATE_TOO_LARGE',
    });

    expect(await minutesOf(p, id)).toEqual(before);
    // and nothing reached the live editor: one more character arrives as the very next update
    const count = a.received.length;
    await a.change((t) => t.insert(4, '。'));
    await eventually(() => expect(a.received.length).toBe(count + 1));
    expect(a.text.toString()).toBe('会议纪要。');
    await a.close();
  });

  it('keeps editMinutes: a save replaces the live text for everyone, and a stale version is a CONFLICT', async () => {
    const p = await buildProgramme(server);
    const id = await meetingOf(p);
    const a = liveEditor(await p.as('guicai'), id);
    a.follow(null);
    await eventually(() => expect(a.received).toHaveLength(1));
    const typed = await a.change((t) => t.insert(0, '一、会议概况\n'));
    const version = typed.pushMinutesUpdate.minutesVersion;
    expect(version).toBe(2);

    // A save over version 1 misses the typing: refused, with the text as it stands.
    const stale = await gql(server.url, EditMinutesDocument, { id, text: '另一份', v: 1 }, await p.as('kexin'));
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { minutes: '一、会议概况\n', version: 2 },
    });
    const saved = await ok(
      server.url,
      EditMinutesDocument,
      { id, text: '一、会议概况\n二、主要意见\n', v: version },
      await p.as('kexin'),
    );
    expect(saved.editMinutes.meeting.minutesVersion).toBe(3);
    await eventually(() => expect(a.text.toString()).toBe('一、会议概况\n二、主要意见\n'));
    // saving the very same text again changes nothing live, and typing goes on from the saved text
    await ok(server.url, EditMinutesDocument, { id, text: '一、会议概况\n二、主要意见\n', v: 3 }, await p.as('kexin'));
    const before = a.received.length;
    await a.change((t) => t.insert(t.length, '三、'));
    await eventually(() => expect(a.received.length).toBe(before + 1));
    expect((await minutesOf(p, id))?.minutes).toBe('一、会议概况\n二、主要意见\n三、');
    await a.close();
  });

  it('tells who has the meeting open, and passes each editor’s cursor under their own name', async () => {
    const p = await buildProgramme(server);
    const id = await meetingOf(p);
    const kexinName = (await ok(server.url, MeNameDocument, {}, await p.as('kexin'))).me?.name;
    const one = wsClient(server.url, await p.as('guicai'));
    const two = wsClient(server.url, await p.as('kexin'));
    const room = collect(one, LiveMinutesRoomDocument, { id, client: 101 });
    await room.until(1);
    const other = collect(two, LiveMinutesRoomDocument, { id, client: 4_000_000_000 });
    await eventually(() =>
      expect(room.received.at(-1)?.meetingPresence.viewers?.map((v) => v.clientId)).toEqual([101, 4_000_000_000]),
    );
    expect(room.received.at(-1)?.meetingPresence.viewers?.[1]?.person.name).toBe(kexinName);

    // 科信处's page says it is someone else: the others see 科信处's own name.
    const claim = encodeAwareness([
      { clientId: 4_000_000_000, clock: 1, state: { cursor: { anchor: 'x' }, user: { name: '冒名' } } },
    ]);
    await ok(server.url, LiveMinutesRelayDocument, { id, update: b64(claim) }, await p.as('kexin'));
    await eventually(() => expect(room.received.some((r) => r.meetingPresence.awareness)).toBe(true));
    const relayed = room.received.find((r) => r.meetingPresence.awareness)?.meetingPresence.awareness ?? '';
    const [entry] = decodeAwareness(bytes(relayed));
    expect(entry).toMatchObject({ clientId: 4_000_000_000, clock: 1, state: { cursor: { anchor: 'x' } } });
    expect(entry?.state?.user).toMatchObject({ name: kexinName });

    const junk = await gql(
      server.url,
      LiveMinutesRelayDocument,
      { id, update: b64(Uint8Array.from([9])) },
      await p.as('kexin'),
    );
    expect(junk.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    // leaving the page takes them off the list
    other.dispose();
    await eventually(() =>
      expect(room.received.at(-1)?.meetingPresence.viewers?.map((v) => v.clientId)).toEqual([101]),
    );
    room.dispose();
    await one.dispose();
    await two.dispose();
  });
});
