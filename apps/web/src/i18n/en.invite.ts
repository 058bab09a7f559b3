// The invitation page's messages (see zh-CN.invite.ts).
import type { InviteMessages } from './zh-CN.invite';

export default {
  invite: {
    title: 'Accept the invitation',
    name: 'Name',
    accept: 'Accept and sign in',
    passwordHint: 'At least {min} characters',
  },
} satisfies InviteMessages;
