/** Bounds how many operations run at once; waiters are served first come, first served. */
export class Semaphore {
  private available: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly capacity: number) {
    this.available = capacity;
  }

  /** Not an async function: every DNS question passes two of these, and a free slot costs no extra promise. */
  use<T>(operation: () => Promise<T>): Promise<T> {
    if (this.available > 0) {
      this.available--;
      return this.run(operation);
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve)).then(() => this.run(operation));
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
    const next = this.waiting.shift();
    if (next) next();
    else this.available++;
  }
}
