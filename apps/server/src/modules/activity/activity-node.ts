import { canReadEvent } from '../../auth/visibility.js';
import type { NodeSource } from '../../graphql/node.resolver.js';
import { type EventKind, inProgramFeed, streams } from '../../realtime/streams.js';
import { Activity } from './activity.types.js';

/**
 * An event is an Activity: it resolves only if the reader would be shown it — an entry of the
 * programme's feed, or one of their own notices — and the policy lets them read it (its
 * programme, its stream, its seal). Anything else is null, as if it did not exist.
 */
export const activityNode: NodeSource = {
  async find(ctx, id) {
    if (!/^\d{1,19}$/.test(id)) return undefined;
    const [e]: {
      id: string;
      at: Date;
      summary: string;
      subject_id: string;
      kind: EventKind;
      actor_id: string | null;
      program_id: string;
      stream: string;
      sealed_by: string | null;
    }[] = await ctx.ds.query(
      `SELECT id::text AS id, at, summary, subject_id, kind, actor_id, program_id, stream, sealed_by::text AS sealed_by
         FROM event WHERE id = $1`,
      [id],
    );
    if (!e) return null;
    const event = {
      ...e,
      subjectId: e.subject_id,
      actorId: e.actor_id,
      programId: e.program_id,
      sealedBy: e.sealed_by,
    };
    const ownNotice = e.stream === streams.person(ctx.actor?.id ?? '') && e.kind === 'notification.created';
    if (!inProgramFeed(event) && !ownNotice) return null;
    if (!(await canReadEvent(ctx.ds.manager, ctx.actor, event, ctx.clock.today()))) return null;
    return Activity.from(event);
  },
};
