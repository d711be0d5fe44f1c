import { describe, expect, test, vi } from 'vitest';
import { ShiftCounter } from '../../src/lib/shiftCounter.ts';

function setup() {
  const onExit = vi.fn();
  const onProgress = vi.fn();
  const onExpire = vi.fn();
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const counter = new ShiftCounter({
    onExit,
    onProgress,
    onExpire,
    setTimer: (fn, ms) => {
      timers.push({ fn, ms, cleared: false });
      return timers.length - 1;
    },
    clearTimer: (id) => {
      if (typeof id === 'number' && timers[id]) timers[id].cleared = true;
    },
  });
  const shift = () => {
    counter.keyDown('Shift');
    counter.keyUp('Shift');
  };
  const expireLatest = () => {
    const live = timers.filter((t) => !t.cleared);
    live.at(-1)?.fn();
  };
  return { counter, onExit, onProgress, onExpire, timers, shift, expireLatest };
}

describe('ShiftCounter', () => {
  test('three Shift presses exit', () => {
    const { shift, onExit, onProgress } = setup();
    shift();
    shift();
    expect(onExit).not.toHaveBeenCalled();
    shift();
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(onProgress.mock.calls).toEqual([[2], [1]]);
  });

  test('two presses do not exit', () => {
    const { shift, onExit } = setup();
    shift();
    shift();
    expect(onExit).not.toHaveBeenCalled();
  });

  test('each press must come within five seconds of the last', () => {
    const { shift, onExit, onExpire, timers, expireLatest } = setup();
    shift();
    shift();
    expect(timers.at(-1)?.ms).toBe(5000);
    expireLatest();
    expect(onExpire).toHaveBeenCalledTimes(1);
    shift();
    expect(onExit).not.toHaveBeenCalled();
    shift();
    shift();
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  test('Shift used as a modifier does not count', () => {
    const { counter, shift, onExit } = setup();
    shift();
    counter.keyDown('Shift');
    counter.keyDown('A');
    counter.keyUp('A');
    counter.keyUp('Shift');
    shift();
    expect(onExit).not.toHaveBeenCalled();
  });

  test('another key starts the count again', () => {
    const { counter, shift, onExit } = setup();
    shift();
    shift();
    counter.keyDown('x');
    counter.keyUp('x');
    shift();
    expect(onExit).not.toHaveBeenCalled();
  });

  test('Escape does nothing toward an exit', () => {
    const { counter, onExit } = setup();
    for (let i = 0; i < 5; i++) {
      counter.keyDown('Escape');
      counter.keyUp('Escape');
    }
    expect(onExit).not.toHaveBeenCalled();
  });

  test('a held Shift that auto-repeats counts once', () => {
    const { counter, onExit, onProgress } = setup();
    counter.keyDown('Shift');
    counter.keyDown('Shift', true);
    counter.keyDown('Shift', true);
    counter.keyUp('Shift');
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(onExit).not.toHaveBeenCalled();
  });

  test('text entered between presses starts the count over (on-screen keyboards)', () => {
    const { counter, shift, onExit } = setup();
    shift();
    counter.textEntered();
    shift();
    counter.textEntered();
    shift();
    expect(onExit).not.toHaveBeenCalled();
    // Three more presses with nothing typed in between still leave.
    shift();
    shift();
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  test('a composition between presses starts the count over (input methods)', () => {
    for (const phase of ['start', 'update', 'end'] as const) {
      const { counter, shift, onExit } = setup();
      shift();
      shift();
      counter.composition(phase);
      if (phase !== 'end') counter.composition('end');
      shift();
      expect(onExit).not.toHaveBeenCalled();
    }
  });

  test('Shift pressed while a composition is open does not count', () => {
    const { counter, shift, onExit } = setup();
    counter.composition('start');
    shift();
    shift();
    shift();
    expect(onExit).not.toHaveBeenCalled();
    counter.composition('end');
    shift();
    shift();
    shift();
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  test('Shift events flagged as part of a composition do not count', () => {
    const { counter, onExit } = setup();
    for (let i = 0; i < 3; i++) {
      counter.keyDown('Shift', false, true);
      counter.keyUp('Shift', true);
    }
    expect(onExit).not.toHaveBeenCalled();
  });

  test('the count over after text restarts the five-second window too', () => {
    const { counter, shift, timers } = setup();
    shift();
    counter.textEntered();
    expect(timers.every((t) => t.cleared)).toBe(true);
  });
});
