import { describe, expect, it } from 'vitest';
import { filterPeople, insertMention, mentionAt, moveHighlight, pickerKey } from './mention-picker';

const person = (id: string, name: string, unit: string | null = null, shortName: string | null = null) => ({
  id,
  name,
  unit: unit ? { name: unit, shortName } : null,
});
const people = [
  person('1', '王建国', '市应急管理局', '应急局'),
  person('2', '李明', '市发展和改革委员会', '发改委'),
  person('3', '张明华', '市自然资源局', null),
  person('4', 'Alice Chen', 'Planning Office', null),
];

describe('the @ being typed', () => {
  it('is the @ before the caret and what follows it', () => {
    expect(mentionAt('请@李', 3)).toEqual({ at: 1, query: '李' });
    expect(mentionAt('@', 1)).toEqual({ at: 0, query: '' });
  });
  it('ends at a space or a line break, and is no e-mail address', () => {
    expect(mentionAt('@李明 请看', 6)).toBeNull();
    expect(mentionAt('@李\n明', 4)).toBeNull();
    expect(mentionAt('mail a@b', 8)).toBeNull();
  });
  it('reads only up to the caret', () => {
    expect(mentionAt('@李明请看', 2)).toEqual({ at: 0, query: '李' });
    expect(mentionAt('没有提及', 4)).toBeNull();
  });
});

describe('who matches', () => {
  it('lists everyone for a bare @', () => {
    expect(filterPeople(people, '').map((p) => p.id)).toEqual(['1', '2', '3', '4']);
  });
  it('puts names starting with the query before names containing it', () => {
    expect(filterPeople(people, '明').map((p) => p.id)).toEqual(['2', '3']);
    expect(filterPeople(people, '张明').map((p) => p.id)).toEqual(['3']);
  });
  it('finds people by their unit, by name or short name, case-blind', () => {
    expect(filterPeople(people, '应急').map((p) => p.id)).toEqual(['1']);
    expect(filterPeople(people, '发改委').map((p) => p.id)).toEqual(['2']);
    expect(filterPeople(people, 'planning').map((p) => p.id)).toEqual(['4']);
    expect(filterPeople(people, 'alice').map((p) => p.id)).toEqual(['4']);
  });
  it('finds nobody for a query nobody matches, and keeps to the limit', () => {
    expect(filterPeople(people, '赵')).toEqual([]);
    expect(filterPeople(people, '', 2)).toHaveLength(2);
  });
});

describe('putting the mention in', () => {
  it('replaces the typed @query with @name and a space, the caret after it', () => {
    expect(insertMention('请@李看一下', { at: 1, query: '李' }, 3, '李明')).toEqual({
      text: '请@李明 看一下',
      caret: 5,
    });
  });
  it('does not double a space already there', () => {
    expect(insertMention('@张 好', { at: 0, query: '张' }, 2, '张明华')).toEqual({ text: '@张明华 好', caret: 5 });
  });
});

describe('the keyboard', () => {
  const key = (k: string, more: Partial<KeyboardEvent> = {}) =>
    pickerKey({ key: k, ctrlKey: false, metaKey: false, isComposing: false, ...more });
  it('moves with the arrows, picks with Enter or Tab, closes with Escape', () => {
    expect(key('ArrowDown')).toBe('down');
    expect(key('ArrowUp')).toBe('up');
    expect(key('Enter')).toBe('pick');
    expect(key('Tab')).toBe('pick');
    expect(key('Escape')).toBe('close');
    expect(key('a')).toBeNull();
  });
  it('leaves Ctrl+Enter (send) and keys typed through an input method to the box', () => {
    expect(key('Enter', { ctrlKey: true })).toBeNull();
    expect(key('Enter', { isComposing: true })).toBeNull();
  });
  it('wraps around the list', () => {
    expect(moveHighlight(2, 1, 3)).toBe(0);
    expect(moveHighlight(0, -1, 3)).toBe(2);
    expect(moveHighlight(0, 1, 0)).toBe(0);
  });
});
