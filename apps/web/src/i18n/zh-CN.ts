// Simplified Chinese, the default language: the messages the app starts with (the sign-in page's
// and the error texts). Every other page's are in zh-CN.pages.ts, which comes with the pages
// (page-messages.ts). en.ts and en.pages.ts must have exactly these keys (a test checks).
// vue-i18n treats { } @ $ | as syntax: keep them out of the text. A plain `export default {…}`:
// the build precompiles the messages of such a file (@intlify/unplugin-vue-i18n, vite.config.ts).
export default {
  app: {
    name: '共编',
    product: '共编 Gongbian',
    description: '规划编制协同工作台',
  },
  locale: {
    'zh-CN': '中文',
    en: 'English',
  },
  login: {
    title: '登录',
    subtitle: '多方协同编制“十四五”规划：进度、专题、文稿与意见，实时同步。',
    email: '邮箱',
    emailPlaceholder: '请输入工作邮箱',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    submit: '登录',
    required: '请填写邮箱和密码',
    badCredentials: '邮箱或密码不正确',
    sessionExpired: '登录已失效，请重新登录',
  },
  errors: {
    UNAUTHENTICATED: '登录已失效，请重新登录',
    FORBIDDEN: '您没有执行此操作的权限',
    NOT_FOUND: '未找到相应内容，可能已被删除',
    BAD_USER_INPUT: '提交的内容有误，请检查后重试',
    CONFLICT: '内容已被他人修改，请刷新后重试',
    RATE_LIMITED: '操作过于频繁，请稍后再试',
    INTERNAL_SERVER_ERROR: '服务器出错，请稍后再试',
    NETWORK: '无法连接服务器，请检查网络',
    UNKNOWN: '发生未知错误，请稍后再试',
  },
};

export type ShellMessages = typeof import('./zh-CN').default;
