import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import MembershipsDialog from './MembershipsDialog.vue';
import { $, type Answer, buildPerson, click, mountDialog, type Sent, shownIn, type } from './test-kit';

const saved = (op: Sent): Answer => ({
  data: {
    setMemberships: {
      __typename: 'SetMembershipsPayload',
      clientMutationId: null,
      person: buildPerson({ id: String((op.variables.input as { personId: string }).personId) }),
    },
  },
});
const place = (group: string) =>
  document.body.querySelector<HTMLElement>(`[data-testid="membership-place"][data-group="${group}"]`) as HTMLElement;
const tick = async (group: string) => {
  place(group).querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
  await flushPromises();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('MembershipsDialog', () => {
  it('shows the places a person holds and replaces them with those ticked, expertise split at commas', async () => {
    const person = buildPerson({
      memberships: [
        { __typename: 'Membership', group: 'EXPERT_TEAM', title: '成员', expertise: ['应急管理', '防灾减灾'] },
      ],
    });
    const { wrapper, sent } = mountDialog(MembershipsDialog, { person }, saved);
    await flushPromises();
    expect(shownIn('membership-title', place('EXPERT_TEAM'))).toBe('成员');
    expect(shownIn('membership-expertise', place('EXPERT_TEAM'))).toBe('应急管理、防灾减灾');
    expect($('membership-title', place('LEADING_GROUP'))).toBeNull();

    await tick('WORKING_GROUP');
    await type('membership-title', ' 副组长 ', place('WORKING_GROUP'));
    await type('membership-expertise', '应急管理、防灾减灾，安全生产, ', place('EXPERT_TEAM'));
    await click('memberships-submit');
    expect(sent.map((s) => s.operationName)).toEqual(['SettingsSetMemberships']);
    expect(sent[0]?.variables.input).toMatchObject({
      personId: person.id,
      memberships: [
        { group: 'WORKING_GROUP', title: '副组长', expertise: [] },
        { group: 'EXPERT_TEAM', title: '成员', expertise: ['应急管理', '防灾减灾', '安全生产'] },
      ],
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('takes a person out of every group when none is ticked', async () => {
    const person = buildPerson({
      memberships: [{ __typename: 'Membership', group: 'LEADING_GROUP', title: '组长', expertise: [] }],
    });
    const { sent } = mountDialog(MembershipsDialog, { person }, saved);
    await flushPromises();
    await tick('LEADING_GROUP');
    await click('memberships-submit');
    expect(sent[0]?.variables.input).toMatchObject({ personId: person.id, memberships: [] });
  });

  it('asks for a title in each group ticked before asking the server, and shows the server’s refusal', async () => {
    const { wrapper, sent } = mountDialog(MembershipsDialog, { person: buildPerson() }, () => ({
      errors: [
        {
          message: 'Only the working group or the administrator decides who belongs to the programme’s groups.',
          extensions: { code: 'FORBIDDEN', reason: 'MEMBERSHIPS_ROLE' },
        },
      ],
    }));
    await flushPromises();
    await tick('LEADING_GROUP');
    await click('memberships-submit');
    expect($('memberships-problem')?.textContent).toBe('请填写带 * 的各项');
    expect(sent).toEqual([]);

    await type('membership-title', '成员', place('LEADING_GROUP'));
    await click('memberships-submit');
    expect($('error-text')?.textContent).toBe('只有工作专班或系统管理员可以设置小组成员');
    expect(wrapper.emitted('close')).toBeUndefined();
  });
});
