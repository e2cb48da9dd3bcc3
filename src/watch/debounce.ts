// Collects items and hands them over once no new item arrived for `ms`: a burst of saves → one batch.
export class Debouncer<T> {
  private items = new Set<T>();
  private timer: NodeJS.Timeout | undefined;
  /** when the first item of the pending batch arrived (performance.now()) */
  private firstAt = 0;

  constructor(
    private readonly ms: number,
    private readonly flush: (items: Set<T>, firstAt: number) => void,
  ) {}

  add(item: T): void {
    if (this.items.size === 0) this.firstAt = performance.now();
    this.items.add(item);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const items = this.items;
      this.items = new Set();
      this.timer = undefined;
      this.flush(items, this.firstAt);
    }, this.ms);
  }

  close(): void {
    clearTimeout(this.timer);
    this.items.clear();
  }
}
