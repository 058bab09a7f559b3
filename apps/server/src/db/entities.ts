// Every TypeORM entity, one import per module.
import { InvitationEntity, SessionEntity, SignInEntity } from '../auth/auth.entity.js';
import { AuditEntryView } from '../modules/audit/audit.entity.js';
import { DraftBlockEntity, DraftEntity } from '../modules/draft/draft.entity.js';
import { ExportLinkEntity } from '../modules/draft/export.entity.js';
import { UploadEntity } from '../modules/draft/upload.entity.js';
import {
  ActionItemEntity,
  MeetingAttendeeEntity,
  MeetingEntity,
  MeetingPlanEntity,
} from '../modules/meeting/meeting.entity.js';
import { NotificationEntity } from '../modules/notification/notification.entity.js';
import { PersonEntity } from '../modules/person/person.entity.js';
import { PlanCoUnitEntity, PlanEntity } from '../modules/plan/plan.entity.js';
import { PresenceEntity } from '../modules/presence/presence.entity.js';
import { MilestoneEntity, PhaseEntity, ProgramEntity } from '../modules/program/program.entity.js';
import { ReviewAssignmentEntity } from '../modules/review/review.entity.js';
import {
  CommentEntity,
  CommentMentionEntity,
  ThreadEntity,
  ThreadPlacementEntity,
} from '../modules/thread/thread.entity.js';
import { TopicCoUnitEntity, TopicEntity } from '../modules/topic/topic.entity.js';
import { UnitEntity } from '../modules/unit/unit.entity.js';
import { MutationReceiptEntity } from '../realtime/receipt.entity.js';

export const entities = [
  ProgramEntity,
  PhaseEntity,
  MilestoneEntity,
  UnitEntity,
  PersonEntity,
  PlanEntity,
  PlanCoUnitEntity,
  TopicEntity,
  TopicCoUnitEntity,
  SessionEntity,
  InvitationEntity,
  MutationReceiptEntity,
  DraftEntity,
  DraftBlockEntity,
  ThreadEntity,
  ThreadPlacementEntity,
  CommentEntity,
  CommentMentionEntity,
  NotificationEntity,
  ExportLinkEntity,
  UploadEntity,
  PresenceEntity,
  ReviewAssignmentEntity,
  MeetingEntity,
  MeetingPlanEntity,
  MeetingAttendeeEntity,
  ActionItemEntity,
  SignInEntity,
  AuditEntryView,
];
