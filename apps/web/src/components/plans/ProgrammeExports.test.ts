import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import ProgrammeExports from './ProgrammeExports.vue';

const downloads = vi.hoisted(() => [] as { url: string; filename: string }[]);
vi.mock('../../utils/download', () => ({
  DownloadError: class extends Error {},
  downloadWithToken: async (url: string, filename: string) => {
    downloads.push({ url, filename });
  },
}));

function mountAs(role: string) {
  const apollo = recordingApollo((op) => {
    if (op.operationName === 'Me') {
      return {
        __typename: 'Query',
        me: { __typename: 'Person', id: 'p-1', name: '孙建明', title: null, role, unit: null, memberships: [] },
      };
    }
    if (op.operationName === 'ProgramExport') {
      return {
        __typename: 'Query',
        programExport: {
          __typename: 'Export',
          url: '/exports/abc',
          filename: '附件1 规划编制清单.xlsx',
          expiresAt: '2020-11-16T02:05:00.000Z',
        },
      };
    }
    throw new Error(`unexpected operation ${op.operationName}`);
  });
  const wrapper = mount(ProgrammeExports, {
    props: { programId: 'program-1' },
    global: appGlobals({ apollo: apollo.client }),
  });
  return { wrapper, operations: apollo.operations };
}

describe('ProgrammeExports', () => {
  it('offers the leading group 附件1, 附件2 and the progress report, each as Word and Excel', async () => {
    const { wrapper, operations } = mountAs('LEADING_GROUP');
    await flushPromises();
    const kinds = wrapper.findAll('[data-testid="programme-export"]');
    expect(kinds.map((k) => k.attributes('data-kind'))).toEqual(['PLAN_LIST', 'TOPIC_LIST', 'PROGRESS_REPORT']);
    expect(kinds.map((k) => k.text())).toEqual([
      '附件1 规划编制清单WordExcel',
      '附件2 重点调研课题WordExcel',
      '进度报告WordExcel',
    ]);
    await wrapper.get('[data-testid="export-PLAN_LIST-xlsx"]').trigger('click');
    await flushPromises();
    expect(operations.find((o) => o.operationName === 'ProgramExport')?.variables).toEqual({
      programId: 'program-1',
      kind: 'PLAN_LIST',
      format: 'XLSX',
    });
    expect(downloads).toEqual([{ url: '/exports/abc', filename: '附件1 规划编制清单.xlsx' }]);
  });

  it('shows the working group the exports, and a unit member, an expert or an observer none', async () => {
    for (const [role, shown] of [
      ['WORKING_GROUP', true],
      ['ADMIN', true],
      ['UNIT_MEMBER', false],
      ['EXPERT', false],
      ['OBSERVER', false],
    ] as const) {
      const { wrapper } = mountAs(role);
      await flushPromises();
      expect(wrapper.find('[data-testid="programme-exports"]').exists(), role).toBe(shown);
    }
  });
});
