/** The consultation module: 开门编规划 — the public reads a draft and sends opinions; the working group moderates. */
import { can } from '../../auth/policy.js';
import type { GongbianModule } from '../../module.js';
import './consultation.events.js';
import {
  PublicConsultationEntity,
  PublicOpinionEntity,
  ServerSecretEntity,
  SpentChallengeEntity,
} from './consultation.entity.js';
import {
  ConsultationResolver,
  DraftConsultationResolver,
  PublicOpinionResolver,
  toConsultation,
} from './consultation.resolver.js';
import { PublicOpinion } from './consultation.types.js';

export { ProofOfWork } from './altcha.js';
export * from './consultation.entity.js';
export {
  moderatePublicOpinion,
  openConsultation,
  purgePublicData,
  recordPublicOpinion,
} from './consultation.service.js';
export type { ModerationStatus, PublicIdentity } from './consultation.vocabulary.js';
export { PublicSnapshots } from './public-read.js';
export { publicSnapshotRoute } from './public-snapshot.route.js';
export { publicSummaryFileRoute } from './public-summary-file.js';

export const consultationModule: GongbianModule = {
  name: 'consultation',
  entities: [PublicConsultationEntity, PublicOpinionEntity, SpentChallengeEntity, ServerSecretEntity],
  resolvers: [DraftConsultationResolver, ConsultationResolver, PublicOpinionResolver],
  nodes: [
    {
      entity: PublicConsultationEntity,
      async find(ctx, id) {
        const c = await ctx.ds.getRepository(PublicConsultationEntity).findOneBy({ id });
        return c && can(ctx.actor, 'program.read', { type: 'program', programId: c.programId })
          ? toConsultation(ctx, c)
          : null;
      },
    },
    {
      entity: PublicOpinionEntity,
      // What the public sent, with its sender's contact: the working group's only.
      async find(ctx, id) {
        const o = await ctx.ds.getRepository(PublicOpinionEntity).findOneBy({ id });
        return o && can(ctx.actor, 'consultation.run', { type: 'program', programId: o.programId })
          ? PublicOpinion.from(o)
          : null;
      },
    },
  ],
};
