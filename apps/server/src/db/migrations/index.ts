// Migrations in order. Listed by hand because TypeORM's glob loader cannot import .ts under vitest.
import { Initial1795965696238 } from './1795965696238-Initial.js';
import { EventLog1795965700000 } from './1795965700000-EventLog.js';
import { Drafts1795966740423 } from './1795966740423-Drafts.js';
import { SearchBigrams1795966750000 } from './1795966750000-SearchBigrams.js';
import { ReviewsMeetings1795967582540 } from './1795967582540-ReviewsMeetings.js';
import { MeetingSearch1795967590000 } from './1795967590000-MeetingSearch.js';
import { ExportMeetings1795968385672 } from './1795968385672-ExportMeetings.js';
import { RecentActivityIndex1795970000000 } from './1795970000000-RecentActivityIndex.js';
import { SealedEvents1795980000000 } from './1795980000000-SealedEvents.js';
import { AuditLog1795981000000 } from './1795981000000-AuditLog.js';
import { Uploads1795982000000 } from './1795982000000-Uploads.js';
import { CommitOrder1795983000000 } from './1795983000000-CommitOrder.js';
import { MinutesEditedBy1795984500000 } from './1795984500000-MinutesEditedBy.js';
import { NotificationFacts1795985000000 } from './1795985000000-NotificationFacts.js';
import { MilestoneGateCondition1795986000000 } from './1795986000000-MilestoneGateCondition.js';
import { BlockIndexAfterCommit1795987000000 } from './1795987000000-BlockIndexAfterCommit.js';
import { ConclusionsMemberships1796571810876 } from './1796571810876-ConclusionsMemberships.js';
import { ProgrammeEditing1796571886469 } from './1796571886469-ProgrammeEditing.js';
import { ApprovalsIssuance1796572209843 } from './1796572209843-ApprovalsIssuance.js';
import { TopicMilestoneVersions1796586556130 } from './1796586556130-TopicMilestoneVersions.js';
import { BlockLabelsMarks1796586814220 } from './1796586814220-BlockLabelsMarks.js';
import { LiveMinutes1796596120917 } from './1796596120917-LiveMinutes.js';
import { Consultation1796607575577 } from './1796607575577-Consultation.js';
import { NearDuplicates1796608033505 } from './1796608033505-NearDuplicates.js';
import { GroupOrder1796609843582 } from './1796609843582-GroupOrder.js';
import { Alignment1796618386083 } from './1796618386083-Alignment.js';
import { Adoption1796619468547 } from './1796619468547-Adoption.js';

export const migrations = [
  Initial1795965696238,
  EventLog1795965700000,
  Drafts1795966740423,
  SearchBigrams1795966750000,
  ReviewsMeetings1795967582540,
  MeetingSearch1795967590000,
  ExportMeetings1795968385672,
  RecentActivityIndex1795970000000,
  SealedEvents1795980000000,
  AuditLog1795981000000,
  Uploads1795982000000,
  CommitOrder1795983000000,
  MinutesEditedBy1795984500000,
  NotificationFacts1795985000000,
  MilestoneGateCondition1795986000000,
  BlockIndexAfterCommit1795987000000,
  ConclusionsMemberships1796571810876,
  ProgrammeEditing1796571886469,
  ApprovalsIssuance1796572209843,
  TopicMilestoneVersions1796586556130,
  BlockLabelsMarks1796586814220,
  LiveMinutes1796596120917,
  Consultation1796607575577,
  NearDuplicates1796608033505,
  GroupOrder1796609843582,
  Alignment1796618386083,
  Adoption1796619468547,
];
