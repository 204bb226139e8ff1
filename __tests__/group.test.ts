import { describe, expect, it } from 'vitest';
import { appendTo, groupBy } from '../src/group.js';

describe('grouping', () => {
  it('keeps groups and their items in the order first met', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('appends to the group a key already has, and starts one for a new key', () => {
    const groups = new Map<string, number[]>([['x', [1]]]);
    appendTo(groups, 'x', 2);
    appendTo(groups, 'y', 3);
    expect(Object.fromEntries(groups)).toEqual({ x: [1, 2], y: [3] });
  });
});
