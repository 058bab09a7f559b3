import { describe, expect, it } from 'vitest';
import {
  mayComment,
  mayDecide,
  mayEditComment,
  mayExport,
  mayReopen,
  mayReply,
  mayWithdraw,
  type Viewer,
} from './permissions';

const kexin: Viewer = { id: 'p-kexin', role: 'UNIT_MEMBER', unit: { id: 'u-kexin' } };
const guicai: Viewer = { id: 'p-guicai', role: 'UNIT_MEMBER', unit: { id: 'u-guicai' } };
const expert: Viewer = { id: 'p-expert', role: 'EXPERT', unit: null };
const working: Viewer = { id: 'p-wg', role: 'WORKING_GROUP', unit: null };
const observer: Viewer = { id: 'p-obs', role: 'OBSERVER', unit: null };

const thread = (status: 'OPEN' | 'ADOPTED' = 'OPEN') => ({
  status,
  author: { id: expert.id },
  assignedUnit: { id: 'u-kexin' },
});

describe('which thread actions are offered', () => {
  it.each([
    ['the answering unit decides', kexin, true],
    ['the working group decides', working, true],
    ['another unit does not', guicai, false],
    ['the expert who raised it does not', expert, false],
  ])('%s', (_what, viewer, allowed) => {
    expect(mayDecide(viewer, thread())).toBe(allowed);
  });

  it('offers no decision on a decided thread, only reopening to the working group', () => {
    expect(mayDecide(working, thread('ADOPTED'))).toBe(false);
    expect(mayReopen(working, thread('ADOPTED'))).toBe(true);
    expect(mayReopen(kexin, thread('ADOPTED'))).toBe(false);
    expect(mayReopen(working, thread('OPEN'))).toBe(false);
  });

  it('lets only the author withdraw an open thread and edit their comments', () => {
    expect(mayWithdraw(expert, thread())).toBe(true);
    expect(mayWithdraw(kexin, thread())).toBe(false);
    expect(mayWithdraw(expert, thread('ADOPTED'))).toBe(false);
    expect(mayEditComment(expert, { author: { id: expert.id } })).toBe(true);
    expect(mayEditComment(working, { author: { id: expert.id } })).toBe(false);
  });

  it('follows the stage for commenting and replying', () => {
    expect(mayComment(expert, 'CONSULTATION')).toBe(true);
    expect(mayComment(expert, 'OUTLINE')).toBe(false);
    expect(mayComment(kexin, 'REVIEW')).toBe(false);
    expect(mayComment(observer, 'CONSULTATION')).toBe(false);
    // the answering unit may always answer, even at a stage where it may not comment
    expect(mayReply(kexin, 'REVIEW', thread())).toBe(true);
    expect(mayReply(guicai, 'REVIEW', thread())).toBe(false);
  });

  it('offers the opinion table to the groups and the lead unit', () => {
    expect(mayExport(kexin, 'u-kexin')).toBe(true);
    expect(mayExport(guicai, 'u-kexin')).toBe(false);
    expect(mayExport(expert, 'u-kexin')).toBe(false);
    expect(mayExport(working, 'u-kexin')).toBe(true);
  });
});
