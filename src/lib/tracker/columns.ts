// Growable typed arrays: a million parents' coded columns take a few megabytes
// instead of the hundreds that arrays of strings would.
type Typed = Uint8Array | Int8Array | Int16Array | Int32Array;
type Ctor<T extends Typed> = { new (n: number): T };

export class Column<T extends Typed> {
  private data: T;
  length = 0;
  private readonly ctor: Ctor<T>;
  constructor(ctor: Ctor<T>) {
    this.ctor = ctor;
    this.data = new ctor(1024);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new this.ctor(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
  /** The filled part (a view, not a copy). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export const u8 = () => new Column(Uint8Array);
export const i8 = () => new Column(Int8Array);
export const i16 = () => new Column(Int16Array);
export const i32 = () => new Column(Int32Array);

/** Month as a number (year * 12 + month - 1), or -1 when the text is not a possible YYYY-MM. */
export function monthNumber(text: string): number {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return -1;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5));
  if (!/^\d{4}-\d{2}$/.test(text) || y < 1900 || m < 1 || m > 12) return -1;
  return y * 12 + m - 1;
}

export function monthText(n: number): string {
  const y = Math.floor(n / 12);
  return `${y}-${String((n % 12) + 1).padStart(2, "0")}`;
}
