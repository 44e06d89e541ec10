import { buttonClass } from './styles';

export const JUMPS = [
  { ms: 10_000, short: '+10 s', long: '10 seconds' },
  { ms: 60_000, short: '+1 min', long: '1 minute' },
  { ms: 600_000, short: '+10 min', long: '10 minutes' },
  { ms: 3_600_000, short: '+1 h', long: '1 hour' },
] as const;

/** Jump the virtual clock ahead at once; everything due in between still happens, in order. */
export function JumpButtons({
  onJump,
  disabled,
}: {
  onJump: (ms: number) => void;
  disabled: boolean;
}) {
  return (
    <div role="group" aria-label="Jump ahead" className="flex items-center gap-1">
      <span aria-hidden="true" className="text-sm text-slate-700 max-xl:hidden dark:text-slate-300">
        Jump
      </span>
      {JUMPS.map((jump) => (
        <button
          key={jump.ms}
          type="button"
          aria-label={`Jump ahead ${jump.long}`}
          disabled={disabled}
          onClick={() => onJump(jump.ms)}
          title={`Jump ahead ${jump.long}`}
          className={`${buttonClass} max-xl:px-2`}
        >
          {jump.short}
        </button>
      ))}
    </div>
  );
}
