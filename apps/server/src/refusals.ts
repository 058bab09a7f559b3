/**
 * Every reason the server gives for refusing a request (`extensions.reason`), each with the names of
 * the facts (`extensions.facts`, string values) its sentence needs. The web app writes the sentence
 * in the reader's language from these (`refusals.<REASON>` in apps/web/src/i18n); the English
 * `message` stays for logs and API users. test/language/refusal-texts.test.ts checks that every
 * reason has a text in each language and that the texts use no other facts.
 *
 * Facts carry raw values — a stage or status code, an ISO date, a number — never a sentence, and
 * no personal data the English message does not already show.
 */
export const REFUSALS = {
  // Signing in and accounts
  SIGN_IN_REQUIRED: [],
  WRONG_CREDENTIALS: [],
  WRONG_CURRENT_PASSWORD: [],
  PASSWORD_TOO_SHORT: ['min'],
  NAME_REQUIRED: [],
  EMAIL_TAKEN: ['email'],
  UNIT_REQUIRED: [],
  UNKNOWN_UNIT: [],
  INVITATION_INVALID: [],
  INVITATION_USED: [],
  INVITATION_EXPIRED: ['expiresAt'],
  INVITATION_ALREADY_SENT: [],
  INVITE_WORKING_GROUP_ONLY: [],
  SESSIONS_ADMIN_ONLY: [],
  AUDIT_ADMIN_ONLY: [],

  // Rate limits (extensions.retryAfter holds the same seconds)
  ACCOUNT_LOCKED: ['seconds'],
  ADDRESS_LOCKED: ['seconds'],
  WRITES_TOO_FAST: ['seconds', 'perMinute'],
  ANONYMOUS_TOO_FAST: ['seconds'],

  // Ids, cursors and the write pipeline
  UNKNOWN_ID: [],
  BAD_CURSOR: [],
  CURSOR_EXPIRED: [],
  CLIENT_MUTATION_ID_FORMAT: [],
  CLIENT_MUTATION_ID_REUSED: [],
  COALESCE_OUT_OF_RANGE: ['min', 'max'],

  // Something asked for that is not there (or not the asker's to see)
  PROGRAMME_NOT_FOUND: [],
  PHASE_NOT_FOUND: [],
  MILESTONE_NOT_FOUND: [],
  TOPIC_NOT_FOUND: [],
  PLAN_NOT_FOUND: [],
  DRAFT_NOT_FOUND: [],
  THREAD_NOT_FOUND: [],
  COMMENT_NOT_FOUND: [],
  PERSON_NOT_FOUND: [],
  MEETING_NOT_FOUND: [],
  ACTION_ITEM_NOT_FOUND: [],
  REVIEW_NOT_FOUND: [],
  UPLOAD_NOT_FOUND: ['minutes'],
  NOT_IN_PROGRAMME: [],

  // Programme, milestones, topics, search
  GATE_OVERRIDE_WORKING_GROUP_ONLY: [],
  MILESTONE_UPDATE_ROLE: [],
  TOPIC_UPDATE_ROLE: [],
  SEARCH_TOO_SHORT: ['min'],
  SEARCH_TOO_LONG: ['max'],
  // Keeping the programme's plans, topics and milestones, and exporting its lists
  PROGRAMME_KEEPING_ROLE: [],
  PROGRAM_EXPORT_ROLE: [],
  TITLE_REQUIRED: [],
  CONTENT_REQUIRED: [],
  LEAD_UNIT_AMONG_CO_UNITS: [],
  CO_UNIT_TWICE: [],
  PLAN_CHANGED: ['version'],
  TOPIC_CHANGED: ['version'],
  MILESTONE_CHANGED: ['version'],
  NOTHING_TO_CHANGE: [],
  DUE_OUTSIDE_PROGRAMME: ['startsOn', 'endsOn'],

  // Drafts and their files
  PUBLISH_LEAD_UNIT_ONLY: [],
  EXPORT_ROLE: [],
  DEADLINE_NOT_IN_FUTURE: [],
  CONTENT_WITH_UPLOAD: [],
  COMPARE_OTHER_PLAN: [],
  DOCX_NOT_BASE64: [],
  UPLOAD_EXPIRED: ['minutes'],
  TOO_MANY_BLOCKS: ['blocks', 'limit'],
  // The document package's reasons (DocumentErrorReason), kept by their names
  EMPTY: [],
  TOO_LARGE: [],
  NOT_DOCX: [],
  UNREADABLE: [],
  TOO_MANY_PARTS: [],
  UNPACKS_TOO_LARGE: [],
  TOO_COMPLEX: [],
  NOT_TEXT: [],

  // Commenting on a draft
  NEWER_VERSION_EXISTS: [],
  STAGE_CLOSED: ['stage'],
  COMMENT_WINDOW_CLOSED: ['deadline'],
  COMMENT_ROLE: ['stage'],
  PUBLIC_OPINION_WORKING_GROUP_ONLY: [],
  REVIEW_COMMENT_NOT_ACCEPTED: [],
  MEETING_REQUIRED: [],
  MEETING_NOT_ABOUT_PLAN: [],
  RAISED_BY_TWICE: [],
  MEETING_FIELDS_OUTSIDE_MEETING: [],
  MEETING_OPINION_ROLE: ['stage'],
  UNKNOWN_BLOCK: [],
  ANCHOR_OUT_OF_RANGE: ['length'],
  QUOTE_MISMATCH: [],

  // Threads and comments
  REPLY_NOT_ALLOWED: [],
  EDIT_OWN_COMMENT_ONLY: [],
  COMMENT_CHANGED: ['version'],
  REOPEN_WORKING_GROUP_ONLY: [],
  ALREADY_OPEN: [],
  WITHDRAW_AUTHOR_ONLY: [],
  DISPOSE_ROLE: [],
  ALREADY_DECIDED: ['threadStatus'],
  DISPOSITION_REASON_REQUIRED: ['threadStatus'],

  // Expert reviews
  REVIEW_BOARD_ROLE: [],
  ASSIGN_WORKING_GROUP_ONLY: [],
  REVIEW_WINDOW_CLOSED: [],
  NOT_AN_EXPERT: ['person'],
  DUE_BEFORE_TODAY: ['today'],
  ALREADY_ASSIGNED: ['expert'],
  INVITED_EXPERT_ONLY: [],
  ALREADY_ANSWERED: ['reviewStatus'],
  DECLINE_REASON_REQUIRED: [],
  ASSIGNED_EXPERT_ONLY: [],
  ALREADY_SUBMITTED: [],
  REVIEW_DECLINED: [],
  ACCEPT_FIRST: [],
  SUMMARY_REQUIRED: [],

  // Meetings
  MEETING_LOG_ROLE: [],
  MEETING_EDIT_ROLE: [],
  MINUTES_ROLE: [],
  MINUTES_CHANGED: ['version'],
  MINUTES_UPDATE_INVALID: [],
  MINUTES_UPDATE_TOO_LARGE: ['max'],
  ACTION_ITEM_ADD_ROLE: [],
  ACTION_ITEM_UPDATE_ROLE: [],
  ACTION_ITEM_DUE_BEFORE_MEETING: ['date'],
  CONCLUSION_MEETING_KIND: ['kind'],
  CONCLUSION_ROLE: [],
  CONCLUSION_BEFORE_MEETING: ['date'],
  CONCLUSION_TEXT_REQUIRED: [],

  // People and their groups
  MEMBERSHIPS_ROLE: [],
  MEMBERSHIP_TWICE: ['group'],
  MEMBERSHIP_TITLE_REQUIRED: [],

  // A plan's stages, approvals, issue and filing (issue 12; modules/draft, modules/approval)
  STAGE_NOT_ALLOWED: ['stage', 'allowed'],
  PUBLISHING_CLOSED: ['planStage'],
  APPROVAL_NOT_FOUND: [],
  APPROVAL_REQUEST_ROLE: [],
  APPROVAL_DECIDE_ROLE: ['step'],
  APPROVAL_NEEDS_REVIEW_DRAFT: ['stage'],
  APPROVAL_DRAFT_RETURNED: [],
  APPROVAL_STEP_ORDER: ['step', 'after'],
  APPROVAL_STEP_NOT_NEEDED: ['step'],
  APPROVAL_ALREADY_OPEN: ['step'],
  APPROVAL_ALREADY_APPROVED: ['step'],
  APPROVAL_CHANGED: ['version'],
  APPROVAL_ALREADY_DECIDED: ['decision'],
  APPROVAL_DECISION_PENDING: [],
  APPROVAL_OPINION_REQUIRED: [],
  APPROVAL_MEETING_REQUIRED: [],
  APPROVAL_MEETING_KIND: ['kind', 'step'],
  APPROVAL_MEETING_NOT_ABOUT_PLAN: [],
  APPROVAL_MEETING_NOT_HELD: ['date'],
  APPROVAL_MEETING_NO_CONCLUSION: [],
  APPROVAL_MEETING_NOT_PASSED: [],
  ISSUE_ROLE: [],
  ISSUE_NOT_APPROVED: ['stage'],
  DOC_NUMBER_FORMAT: ['max'],
  ISSUER_REQUIRED: ['max'],
  ISSUE_DATE_OUT_OF_RANGE: ['earliest', 'latest'],
  FILING_BEFORE_ISSUE: [],
  ALREADY_FILED: ['filedOn'],
  FILING_DATE_OUT_OF_RANGE: ['earliest', 'latest'],

  // Public consultation (issue 14; modules/consultation)
  CONSULTATION_NOT_FOUND: [],
  PUBLIC_OPINION_NOT_FOUND: [],
  CONSULTATION_ROLE: [],
  CONSULTATION_STAGE: ['stage'],
  CONSULTATION_EXISTS: [],
  CONSULTATION_DATES: [],
  CONSULTATION_NOT_OPEN: ['state'],
  CONSULTATION_ALREADY_CLOSED: [],
  CHALLENGE_INVALID: [],
  CHALLENGE_EXPIRED: [],
  CHALLENGE_USED: [],
  PUBLIC_OPINIONS_TOO_FAST: ['seconds'],
  CONSULTATION_BUSY: ['seconds'],
  CONTACT_FORMAT: [],
  MODERATION_NOTE_REQUIRED: [],
  DUPLICATE_OF_REQUIRED: [],
  DUPLICATE_OF_ITSELF: [],
  OPINION_ALREADY_ACCEPTED: [],
  OPINION_CHANGED: ['version'],
  GROUP_KEY_INVALID: [],
  GROUP_CHANGED: ['count'],
  GROUP_TOO_LARGE_TO_ACCEPT: ['max'],

  // 衔接: indicators, their links and checks (issue 15; modules/alignment)
  SOURCE_RESERVED: [],
  INDICATOR_NOT_FOUND: [],
  HIGHER_TARGET_NOT_FOUND: [],
  INDICATOR_ROLE: [],
  HIGHER_TARGET_ROLE: [],
  SOURCE_NEEDS_DRAFT: [],
  SUPPORTS_NOT_MASTER: [],
  MASTER_SUPPORTS_NOTHING: [],
  INDICATOR_PLAN_FIXED: [],
  INDICATOR_CHANGED: ['version'],
  YEAR_OUT_OF_RANGE: ['min', 'max'],

  // 采纳 means done (issue 16; modules/thread/adoption.ts)
  CONFIRM_ADOPTION_ROLE: [],
  THREAD_NOT_ADOPTED: [],
  ADOPTION_NOTE_REQUIRED: [],
} as const satisfies Record<string, readonly string[]>;

export type RefusalReason = keyof typeof REFUSALS;
type FactName<R extends RefusalReason> = (typeof REFUSALS)[R][number];

/** The facts a reason's sentence needs: exactly the names declared for it. */
export type RefusalFacts<R extends RefusalReason> = { readonly [K in FactName<R>]: string | number };

/**
 * A refusal as a throw site states it: the reason, its facts (required when the reason declares
 * any, refused when it declares none), and the English message.
 */
export type Refusal = {
  [R in RefusalReason]: { reason: R; message: string } & ([FactName<R>] extends [never]
    ? { facts?: undefined }
    : { facts: RefusalFacts<R> });
}[RefusalReason];
