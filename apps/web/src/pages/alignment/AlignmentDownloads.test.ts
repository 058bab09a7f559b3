import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { appGlobals, recordingApollo } from '../../test-support/mount';
import AlignmentDownloads from './AlignmentDownloads.vue';

const downloads = vi.hoisted(() => [] as { url: string; filename: string }[]);
vi.mock('../../utils/download', () => ({
  DownloadError: class extends Error {},
  downloadWithToken: async (url: string, filename: string) => {
    downloads.push({ url, filename });
  },
}));

describe('AlignmentDownloads', () => {
  it('asks for the 规划指标衔接表 in the chosen format and downloads it under its name', async () => {
    const apollo = recordingApollo((op) => {
      if (op.operationName !== 'AlignmentTable') throw new Error(`unexpected operation ${op.operationName}`);
      const format = (op.variables as { format: string }).format.toLowerCase();
      return {
        __typename: 'Query',
        alignmentTable: { __typename: 'Export', url: `/exports/${format}`, filename: `规划指标衔接表.${format}` },
      };
    });
    const wrapper = mount(AlignmentDownloads, {
      props: { programId: 'program-1' },
      global: appGlobals({ apollo: apollo.client }),
    });
    await wrapper.get('[data-testid="alignment-download-docx"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="alignment-download-xlsx"]').trigger('click');
    await flushPromises();
    expect(apollo.operations.map((o) => o.variables)).toEqual([
      { programId: 'program-1', format: 'DOCX' },
      { programId: 'program-1', format: 'XLSX' },
    ]);
    expect(downloads).toEqual([
      { url: '/exports/docx', filename: '规划指标衔接表.docx' },
      { url: '/exports/xlsx', filename: '规划指标衔接表.xlsx' },
    ]);
  });
});
