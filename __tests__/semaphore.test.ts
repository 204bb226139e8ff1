import { describe, expect, it } from 'vitest';
import { Semaphore } from '../src/semaphore.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('Semaphore', () => {
  it('runs at most its capacity at once, and the waiters in the order they came', async () => {
    const slots = new Semaphore(3);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        slots.use(async () => {
          started.push(index);
          running++;
          most = Math.max(most, running);
          await tick();
          running--;
          return index;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(started).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });

  it('serves the waiters that asked for later after every other waiter, in their own order', async () => {
    const slots = new Semaphore(1);
    const started: string[] = [];
    const job = (label: string) => async () => {
      started.push(label);
      await tick();
    };
    await Promise.all([
      slots.use(job('first')),
      slots.use(job('aaaa-1'), true),
      slots.use(job('mx-1')),
      slots.use(job('aaaa-2'), true),
      slots.use(job('mx-2')),
    ]);
    expect(started).toEqual(['first', 'mx-1', 'mx-2', 'aaaa-1', 'aaaa-2']);
  });

  it('gives the slot back when the operation fails, whether it throws or rejects', async () => {
    const slots = new Semaphore(1);
    await expect(
      slots.use(() => {
        throw new Error('at once');
      }),
    ).rejects.toThrow('at once');
    await expect(slots.use(() => Promise.reject(new Error('later')))).rejects.toThrow('later');
    expect(await slots.use(async () => 'still usable')).toBe('still usable');
  });

  it('returns what the operation returns', async () => {
    const slots = new Semaphore(2);
    expect(await Promise.all([1, 2, 3, 4].map((value) => slots.use(async () => value * 10)))).toEqual([10, 20, 30, 40]);
  });
});
