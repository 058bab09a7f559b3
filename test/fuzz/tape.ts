/**
 * A choice sequence: a builder asks the tape for each decision instead of drawing from fast-check
 * directly, so fast-check shrinks the document by shrinking a plain array of numbers (fewer
 * choices, smaller choices). Choice 0 is always the plain one, and an exhausted tape answers 0,
 * so a shrunk tape yields a smaller, tamer document.
 */
export class Tape {
  private i = 0;
  constructor(private readonly xs: readonly number[]) {}

  /** 0 ≤ result < n. */
  next(n: number): number {
    if (n <= 1) return 0;
    const x = this.i < this.xs.length ? (this.xs[this.i] as number) : 0;
    this.i++;
    return x % n;
  }

  /** True once in `k` draws; false on an exhausted tape (so shrinking turns it off). */
  rare(k: number): boolean {
    return this.next(k) === k - 1;
  }

  pick<T>(options: readonly T[]): T {
    return options[this.next(options.length)] as T;
  }

  get exhausted(): boolean {
    return this.i >= this.xs.length;
  }
}
