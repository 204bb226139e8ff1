/**
 * Bounds how many operations run at once; waiters are served first come, first served, except
 * that every waiter that asked for `later` is served after every other waiter.
 */
export class Semaphore {
  private available: number;
  /** Waiters from `head` on; the served ones before it are dropped once they are half the array. */
  private waiting: (() => void)[] = [];
  private head = 0;
  private readonly waitingLater: (() => void)[] = [];

  constructor(readonly capacity: number) {
    this.available = capacity;
  }

  /** Not an async function: every DNS question passes two of these, and a free slot costs no extra promise. */
  use<T>(operation: () => Promise<T>, later = false): Promise<T> {
    if (this.available > 0) {
      this.available--;
      return this.run(operation);
    }
    return new Promise<void>((resolve) => (later ? this.waitingLater : this.waiting).push(resolve)).then(() => this.run(operation));
  }

  private run<T>(operation: () => Promise<T>): Promise<T> {
    let pending: Promise<T>;
    try {
      pending = operation();
    } catch (error) {
      this.release();
      return Promise.reject(error as Error);
    }
    return pending.finally(() => this.release());
  }

  private release(): void {
    if (this.head === this.waiting.length) {
      // Few operations ask to wait: a shift() on this queue moves little.
      const later = this.waitingLater.shift();
      if (later) later();
      else this.available++;
      return;
    }
    const next = this.waiting[this.head++]!;
    // Thousands of names queue at once: dequeuing by shift() would move all of them every time.
    if (this.head * 2 >= this.waiting.length) {
      this.waiting = this.waiting.slice(this.head);
      this.head = 0;
    }
    next();
  }
}
