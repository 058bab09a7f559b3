// The messages of issue 16 (adopted means carried out) in English: see zh-CN.adoption.ts.
import type { AdoptionMessages } from './zh-CN.adoption';

export default {
  adoption: {
    label: 'Carried out',
    state: {
      AWAITING_VERSION: 'Awaiting the next version',
      REFLECTED: 'Carried out',
      NOT_REFLECTED: 'Not carried out',
      PASSAGE_REMOVED: 'Passage deleted',
    },
    detail: {
      AWAITING_VERSION: 'checked once a new version is published',
      wholeDraft: 'on the whole draft: the answering unit confirms where',
      REFLECTED: 'the passage changed in version {version}',
      NOT_REFLECTED: 'unchanged in version {version}',
      PASSAGE_REMOVED: 'the passage was deleted in version {version}',
    },
    confirmedBy: 'confirmed by {name}: {note}',
    confirm: 'Confirm carried out',
    note: 'Where it was carried out',
    notePlaceholder: 'e.g. in section 2 of chapter 3',
    noteRequired: 'Say where it was carried out',
    submit: 'Confirm',
    cancel: 'Cancel',
    gap: '{n} adopted opinions not carried out in a newer version',
    activity: {
      REFLECTED: 'An adopted opinion was carried out in version {version}',
      NOT_REFLECTED: 'An adopted opinion was not carried out in version {version}',
      PASSAGE_REMOVED: 'The passage of an adopted opinion was deleted in version {version}',
      confirmed: '{actor} confirmed an adopted opinion carried out: {note}',
    },
    notice: {
      kind: 'Carried out',
      gapKind: 'Not carried out',
      reflected: 'Your adopted opinion was carried out in version {version}',
      note: 'Your adopted opinion was carried out: {note}',
      gap: 'Version {version} leaves {count} adopted opinions not carried out',
    },
    gate: {
      label: 'Every adopted opinion carried out in the drafts for approval',
      detail: '{plan}: {n} not carried out',
    },
    dashboard: {
      title: 'Adopted opinions carried out',
      total: 'Adopted, not carried out',
      none: 'Every adopted opinion is carried out or awaits the next version',
      plan: 'Plan',
      count: 'Not carried out',
    },
  },
} satisfies AdoptionMessages;
