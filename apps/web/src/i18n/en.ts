import type { ShellMessages } from './zh-CN';

export default {
  app: {
    name: 'Gongbian',
    product: '共编 Gongbian',
    description: 'Plan compilation workspace',
  },
  locale: {
    'zh-CN': '中文',
    en: 'English',
  },
  login: {
    title: 'Sign in',
    subtitle: 'Compile the 14th Five-Year plans together: schedule, research topics, drafts and comments, live.',
    email: 'Email',
    emailPlaceholder: 'Your work email',
    password: 'Password',
    passwordPlaceholder: 'Your password',
    submit: 'Sign in',
    required: 'Enter your email and password',
    badCredentials: 'Wrong email or password',
    sessionExpired: 'Your session has ended. Please sign in again.',
  },
  errors: {
    UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'Not found. It may have been deleted.',
    BAD_USER_INPUT: 'Something in what you sent is not valid. Check it and try again.',
    CONFLICT: 'Someone else changed this meanwhile. Reload and try again.',
    RATE_LIMITED: 'Too many changes in a short time. Wait a moment and try again.',
    INTERNAL_SERVER_ERROR: 'The server failed. Try again later.',
    NETWORK: 'Cannot reach the server. Check your connection.',
    UNKNOWN: 'Something went wrong. Try again later.',
  },
} satisfies ShellMessages;
