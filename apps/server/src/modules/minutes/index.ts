/**
 * The minutes module: a meeting's minutes typed together live (Yjs updates through the event log)
 * and the meeting page's room (who has it open, the live editors' cursors).
 */
import type { GongbianModule } from '../../module.js';
import './minutes.events.js';
import { MeetingPresenceEntity } from './meeting-presence.entity.js';
import { MeetingRoomResolver, MeetingViewerResolver } from './meeting-room.resolver.js';
import { MinutesResolver } from './minutes.resolver.js';

export { MeetingRoomKeeper } from './meeting-room.js';
export { pushMinutesUpdate } from './minutes.service.js';

export const minutesModule: GongbianModule = {
  name: 'minutes',
  entities: [MeetingPresenceEntity],
  resolvers: [MinutesResolver, MeetingRoomResolver, MeetingViewerResolver],
};
