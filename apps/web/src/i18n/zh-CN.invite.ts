// The invitation page's messages (a public page a new member opens from their e-mail): kept apart
// from the signed-in pages' catalogs, which it does not need (useInviteMessages brings them).
export default {
  invite: {
    title: '接受邀请',
    name: '姓名',
    accept: '接受邀请并登录',
    passwordHint: '至少 {min} 个字符',
  },
};

export type InviteMessages = typeof import('./zh-CN.invite').default;
