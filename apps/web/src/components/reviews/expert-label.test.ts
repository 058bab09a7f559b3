import { describe, expect, it } from 'vitest';
import { expertLabel } from './expert-label';

describe('expertLabel', () => {
  it('does not nest brackets when the title brackets its own detail', () => {
    expect(expertLabel({ name: '钱立群', title: '特邀专家（某大学公共管理学院教授）' })).toBe(
      '钱立群（某大学公共管理学院教授）',
    );
    expect(expertLabel({ name: 'Qian', title: 'Guest expert (professor)' })).toBe('Qian（professor）');
  });

  it('brackets a plain title and shows the bare name without one', () => {
    expect(expertLabel({ name: '周敏', title: '研究员' })).toBe('周敏（研究员）');
    expect(expertLabel({ name: '周敏', title: null })).toBe('周敏');
    expect(expertLabel({ name: '周敏', title: ' ' })).toBe('周敏');
  });
});
