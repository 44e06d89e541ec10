import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SimContext, type SimControls } from '../../client/controls';
import type { FrameBatch } from '../../protocol/messages';
import { createAppStore, StoreContext, type AppStore } from '../../store';
import { TimeControls } from './TimeControls';

function fakeSim(): { [K in keyof SimControls]: ReturnType<typeof vi.fn> } & SimControls {
  return {
    play: vi.fn(),
    pause: vi.fn(),
    setSpeed: vi.fn(),
    step: vi.fn(),
    jump: vi.fn(),
    reset: vi.fn(),
    call: vi.fn(() => Promise.resolve({})),
  } as never;
}

function frame(store: AppStore, patch: Partial<FrameBatch>): void {
  act(() =>
    store.getState().applyFrames([
      {
        type: 'frame',
        runId: store.getState().runId,
        frame: 1,
        now: 0,
        startTime: 0,
        playing: false,
        speed: 1,
        events: [],
        eventsDropped: 0,
        gauges: { sqs: {}, sns: {}, s3: {}, actors: {} },
        ...patch,
      },
    ]),
  );
}

function setup(status: 'ready' | 'loading' | 'failed' = 'ready') {
  const store = createAppStore();
  store.getState().startRun(1);
  if (status !== 'loading') store.getState().setLoaded(1, status === 'failed' ? ['Boom.'] : []);
  const sim = fakeSim();
  render(
    <StoreContext.Provider value={store}>
      <SimContext.Provider value={sim}>
        <TimeControls />
        <label>
          Body <input />
        </label>
      </SimContext.Provider>
    </StoreContext.Provider>,
  );
  return { store, sim };
}

describe('TimeControls', () => {
  it('plays and pauses with the button, which follows the worker state', () => {
    const { store, sim } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(sim.play).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    frame(store, { playing: true });
    expect(screen.getByRole('status')).toHaveTextContent('Running');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(sim.pause).toHaveBeenCalledOnce();
  });

  it('steps, resets and jumps ahead by the chosen time', () => {
    const { sim } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    fireEvent.click(screen.getByRole('button', { name: 'Jump ahead 1 minute' }));
    fireEvent.click(screen.getByRole('button', { name: 'Jump ahead 1 hour' }));
    expect(sim.step).toHaveBeenCalledOnce();
    expect(sim.reset).toHaveBeenCalledOnce();
    expect(sim.jump.mock.calls).toEqual([[60_000], [3_600_000]]);
  });

  it('sets the speed on a log slider, and as fast as possible', () => {
    const { sim } = setup();
    const slider = screen.getByRole('slider', { name: 'Speed' });
    expect(slider).toHaveAttribute('aria-valuetext', '1x');
    fireEvent.change(slider, { target: { value: '2' } });
    expect(sim.setSpeed).toHaveBeenLastCalledWith(100);
    expect(slider).toHaveAttribute('aria-valuetext', '100x');
    const max = screen.getByRole('button', { name: 'As fast as possible' });
    fireEvent.click(max);
    expect(sim.setSpeed).toHaveBeenLastCalledWith('max');
    expect(max).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(max);
    expect(sim.setSpeed).toHaveBeenLastCalledWith(100);
    expect(max).toHaveAttribute('aria-pressed', 'false');
  });

  it('toggles play with Space wherever focus is, except where Space types', () => {
    const { sim } = setup();
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(sim.play).toHaveBeenCalledOnce();
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(sim.pause).toHaveBeenCalledOnce();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Body' }), { key: ' ' });
    fireEvent.keyDown(document.body, { key: ' ', ctrlKey: true });
    expect(sim.play).toHaveBeenCalledOnce();
    expect(sim.pause).toHaveBeenCalledOnce();
  });

  it('after a click on a jump button, Space plays instead of jumping again', () => {
    const { sim } = setup();
    const jump = screen.getByRole('button', { name: 'Jump ahead 1 minute' });
    fireEvent.click(jump);
    jump.focus();
    const down = fireEvent.keyDown(jump, { key: ' ' });
    const up = fireEvent.keyUp(jump, { key: ' ' });
    expect(down).toBe(false); // default prevented: the focused button does not click
    expect(up).toBe(false);
    expect(sim.jump).toHaveBeenCalledOnce();
    expect(sim.pause).toHaveBeenCalledOnce(); // the jump was running: Space pauses it
  });

  it('shows a running jump: status, progress bar, and Pause stops it', () => {
    const { store, sim } = setup();
    frame(store, { startTime: 0, now: 150_000, jump: { from: 0, to: 600_000 } });
    expect(screen.getByRole('status')).toHaveTextContent('Jumping ahead');
    const bar = screen.getByRole('progressbar', { name: 'Jump progress' });
    expect(bar).toHaveAttribute('aria-valuetext', '25%, to 10 minutes 0.000 seconds');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(sim.pause).toHaveBeenCalledOnce();
    frame(store, { startTime: 0, now: 150_000, frame: 2 });
    expect(screen.getByRole('status')).toHaveTextContent('Paused');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('shows the virtual clock as time since start', () => {
    const { store } = setup();
    frame(store, { startTime: 1_000_000, now: 1_000_000 + 3_723_004 });
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('1:02:03.004');
    expect(timer).toHaveAccessibleName('Time since start: 1 hour 2 minutes 3.004 seconds');
  });

  it('says when it is loading', () => {
    setup('loading');
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(screen.getByRole('button', { name: 'Step' })).toBeDisabled();
  });

  it('disables running a failed world but still offers reset', () => {
    setup('failed');
    expect(screen.getByRole('status')).toHaveTextContent('Failed: Boom.');
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Jump ahead 10 seconds' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeEnabled();
  });
});
