import { describe, expect, it } from 'vitest';
import { BackupRefusal } from './backup-refusal.js';
import { dependencyOrder, orderProblem } from './catalog.js';

describe('the load order of tables', () => {
  const keys = [
    { from: 'comment', to: 'thread' },
    { from: 'thread', to: 'program' },
    { from: 'thread', to: 'thread' }, // a reply to a reply: loaded in the same COPY
    { from: 'person', to: 'program' },
    { from: 'comment', to: 'person' },
  ];

  it('puts every table after the tables it refers to', () => {
    const order = dependencyOrder(['comment', 'person', 'program', 'thread', 'unrelated'], keys);
    expect(order).toEqual(['program', 'person', 'thread', 'comment', 'unrelated']);
    expect(orderProblem(order, keys)).toBeNull();
    expect(orderProblem(['comment', 'thread', 'person', 'program'], keys)).toBe(
      'comment refers to thread, which comes later',
    );
  });

  it('refuses foreign keys that form a cycle, naming the tables', () => {
    const cyclic = [...keys, { from: 'program', to: 'comment' }];
    expect(() => dependencyOrder(['comment', 'person', 'program', 'thread'], cyclic)).toThrow(BackupRefusal);
    expect(() => dependencyOrder(['comment', 'person', 'program', 'thread'], cyclic)).toThrow(
      /comment, person, program, thread form a cycle/,
    );
  });
});
