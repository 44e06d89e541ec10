import { useSim } from '../../client/controls';
import { useAppStore } from '../../store';
import { CompactLabel } from '../layout/CompactLabel';
import { PauseIcon, PlayIcon, ResetIcon, StepIcon } from './icons';
import { JumpButtons } from './JumpButtons';
import { JumpProgress } from './JumpProgress';
import { SimClock } from './SimClock';
import { SimStatus } from './SimStatus';
import { SpeedControl } from './SpeedControl';
import { buttonClass, primaryButtonClass } from './styles';
import { usePlayShortcut } from './usePlayShortcut';
import { useRequested } from './useRequested';

/**
 * Play, pause, step, speed, jump and reset, with the virtual clock and the run's status.
 * Space plays and pauses wherever focus is, except where it types or chooses. While a jump
 * runs, the clock moves, a bar shows how far it has got, and Pause stops it there.
 */
export function TimeControls() {
  const sim = useSim();
  const status = useAppStore((s) => s.status);
  const [playing, requestPlaying] = useRequested(useAppStore((s) => s.playing));
  const [speed, requestSpeed] = useRequested(useAppStore((s) => s.speed));
  const [jumping, requestJumping] = useRequested(useAppStore((s) => s.jump !== undefined));
  const canRun = status === 'ready' || status === 'loading';
  const ready = status === 'ready';
  const running = playing || jumping;

  const togglePlay = () => {
    if (running) sim.pause();
    else sim.play();
    requestPlaying(!running);
    if (jumping) requestJumping(false);
  };
  usePlayShortcut(togglePlay, canRun);

  return (
    <div
      role="group"
      aria-label="Time controls"
      className="flex flex-wrap items-center gap-x-3 gap-y-2 lg:flex-nowrap lg:whitespace-nowrap xl:gap-x-4 border-b border-slate-200 bg-white px-3 py-2 text-slate-900 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={togglePlay}
          disabled={!canRun}
          aria-keyshortcuts="Space"
          className={primaryButtonClass}
        >
          {running ? <PauseIcon /> : <PlayIcon />}
          {running ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => {
            sim.step();
            requestPlaying(false);
            requestJumping(false);
          }}
          disabled={!ready}
          title="Run to the next moment something happens, then pause"
          className={buttonClass}
        >
          <StepIcon />
          <CompactLabel full="Step" />
        </button>
        <button
          type="button"
          onClick={() => {
            sim.reset();
            requestPlaying(false);
            requestJumping(false);
          }}
          title="Rebuild the world from the scenario: the clock goes back to zero"
          className={buttonClass}
        >
          <ResetIcon />
          <CompactLabel full="Reset" />
        </button>
      </div>
      <SimClock />
      <SpeedControl
        speed={speed}
        onChange={(next) => {
          sim.setSpeed(next);
          requestSpeed(next);
        }}
      />
      <JumpButtons
        onJump={(ms) => {
          sim.jump(ms);
          requestJumping(true);
        }}
        disabled={!ready}
      />
      <SimStatus playing={playing} jumping={jumping} />
      <JumpProgress />
    </div>
  );
}
