/** The draft module: versions of a plan's text, their blocks, imports, comparison and opinion table. */
import type { GongbianModule } from '../../module.js';
import './draft.events.js';
import { DraftBlockEntity, DraftEntity } from './draft.entity.js';
import { DraftResolver, PlanDraftsResolver } from './draft.resolver.js';
import { ExportResolver, opinionTableExporter } from './export.resolver.js';
import { UploadEntity } from './upload.entity.js';

export * from './draft.entity.js';
export { draftLoader, draftsByPlan } from './draft.loaders.js';
export { readableDraft, toBlock } from './draft.resolver.js';
export {
  blocksOf,
  createDraft,
  latestDraftId,
  onVersionPublished,
  type PublishedHook,
  type PublishedVersion,
} from './draft.service.js';
export { Block, Draft } from './draft.types.js';
export { commentWindowRefusal, reviewWindowRefusal } from './draft-permissions.js';
export {
  approvalBegun,
  DRAFTING_STAGES,
  publishableStages,
  readStageFacts,
  STAGE_ZH,
  type StageFacts,
} from './publishable-stages.js';
export { refound, relocateAnchors } from './reanchor.js';
export { textBlocksOf } from './thread-carry-over.js';
export { uploadRoute } from './upload.route.js';
export { warmDraftWorkers } from './warm-workers.js';

export const draftModule: GongbianModule = {
  name: 'draft',
  entities: [DraftEntity, DraftBlockEntity, UploadEntity],
  resolvers: [PlanDraftsResolver, DraftResolver, ExportResolver],
  exporters: { draft: opinionTableExporter },
};
