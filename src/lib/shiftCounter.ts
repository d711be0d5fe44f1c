/**
 * Counts Shift presses for the quick exit: three presses, each within `windowMs` of the last,
 * call `onExit`. A Shift held while another key is pressed (Shift+A) does not count, and any
 * other key starts the count again. Esc has no part in it (it stops loading pages and is used
 * by assistive technology).
 *
 * On-screen keyboards (iOS, Android) and input methods (Arabic, Persian, Tigrinya) send Shift
 * events between typed characters. So text entered (an `input` event) or a composition
 * (`compositionstart`/`update`/`end`) between presses starts the count over, and Shift pressed
 * while a composition is open does not count: only Shift pressed three times with nothing typed
 * in between leaves, also from inside a text field.
 */
export interface ShiftCounterOptions {
  onExit: () => void;
  onProgress?: (remaining: number) => void;
  onExpire?: () => void;
  windowMs?: number;
  presses?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export class ShiftCounter {
  private count = 0;
  private shiftUsedAsModifier = false;
  private composing = false;
  private timer: unknown = undefined;
  private readonly windowMs: number;
  private readonly presses: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (id: unknown) => void;

  constructor(private readonly options: ShiftCounterOptions) {
    this.windowMs = options.windowMs ?? 5000;
    this.presses = options.presses ?? 3;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  }


  keyDown(key: string, repeat = false, isComposing = false): void {
    if (isComposing) {
      this.reset();
      return;
    }
    if (key === 'Shift') {
      if (!repeat) this.shiftUsedAsModifier = false;
      return;
    }
    // Any other key: a held Shift was a modifier, and the sequence starts over.
    this.shiftUsedAsModifier = true;
    this.reset();
  }

  keyUp(key: string, isComposing = false): void {
    if (key !== 'Shift') return;
    if (isComposing || this.composing) {
      this.reset();
      return;
    }
    if (this.shiftUsedAsModifier) {
      this.shiftUsedAsModifier = false;
      return;
    }
    this.count += 1;
    this.clearTimer(this.timer);
    if (this.count >= this.presses) {
      this.count = 0;
      this.timer = undefined;
      this.options.onExit();
      return;
    }
    this.options.onProgress?.(this.presses - this.count);
    this.timer = this.setTimer(() => {
      this.count = 0;
      this.timer = undefined;
      this.options.onExpire?.();
    }, this.windowMs);
  }

  /** Text was entered (an `input` event): the presses before it were typing, not an exit. */
  textEntered(): void {
    this.reset();
  }

  /** An input method composes text: `start`, `update` and `end` each start the count over. */
  composition(phase: 'start' | 'update' | 'end'): void {
    this.composing = phase !== 'end';
    this.reset();
  }

  reset(): void {
    this.clearTimer(this.timer);
    this.timer = undefined;
    this.count = 0;
  }
}
