/** The meeting module: consultation meetings, their minutes and action items. */
import type { GongbianModule } from '../../module.js';
import './meeting.events.js';
import { ActionItemEntity, MeetingAttendeeEntity, MeetingEntity, MeetingPlanEntity } from './meeting.entity.js';
import {
  ActionItemResolver,
  MeetingEventResolver,
  MeetingResolver,
  ProgramMeetingsResolver,
} from './meeting.resolver.js';
import { MeetingConclusionResolver, MeetingTakenPlaceResolver } from './meeting-conclusion.resolver.js';
import { meetingRecordExporter } from './meeting-record.js';
import { MinutesDocEntity } from './minutes-doc.js';

export * from './meeting.entity.js';
export { meetingLoader } from './meeting.loaders.js';
export { readableMeeting } from './meeting.resolver.js';
export {
  addActionItem,
  editMinutes,
  lockMeeting,
  logMeeting,
  meetingSubject,
  updateActionItem,
} from './meeting.service.js';
export { ActionItem, Meeting } from './meeting.types.js';
export { type MeetingConclusionFacts, meetingConclusionOf } from './meeting-conclusion.js';
export { recordMeetingConclusion } from './meeting-conclusion.service.js';
export {
  applyMinutesUpdate,
  badMinutesUpdate,
  loadMinutesDoc,
  MINUTES_TEXT,
  MinutesDocEntity,
  minutesDocOf,
  minutesText,
  storeMinutesDoc,
} from './minutes-doc.js';

export const meetingModule: GongbianModule = {
  name: 'meeting',
  entities: [MeetingEntity, MeetingPlanEntity, MeetingAttendeeEntity, ActionItemEntity, MinutesDocEntity],
  resolvers: [
    ProgramMeetingsResolver,
    MeetingResolver,
    ActionItemResolver,
    MeetingEventResolver,
    MeetingConclusionResolver,
    MeetingTakenPlaceResolver,
  ],
  exporters: { meeting: meetingRecordExporter },
};
