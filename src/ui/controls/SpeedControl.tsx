import { useId, useState } from 'react';
import type { Speed } from '../../protocol/messages';
import {
  formatSpeed,
  SLIDER_MAX,
  SLIDER_MIN,
  SLIDER_STEP,
  sliderFromSpeed,
  speedFromSlider,
} from './format';
import { CompactLabel } from '../layout/CompactLabel';
import { FastIcon } from './icons';
import { buttonClass } from './styles';

interface SpeedControlProps {
  speed: Speed;
  onChange: (speed: Speed) => void;
}

/** Speed on a logarithmic slider (0.1x–1000x) plus "as fast as possible". */
export function SpeedControl({ speed, onChange }: SpeedControlProps) {
  const id = useId();
  const [lastNumeric, setLastNumeric] = useState(1);
  const numeric = speed === 'max' ? lastNumeric : speed;
  const flatOut = speed === 'max';
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-700 dark:text-slate-300">
        Speed
      </label>
      <input
        id={id}
        type="range"
        min={SLIDER_MIN}
        max={SLIDER_MAX}
        step={SLIDER_STEP}
        value={sliderFromSpeed(numeric)}
        aria-valuetext={
          flatOut ? `As fast as possible (slider at ${formatSpeed(numeric)})` : formatSpeed(numeric)
        }
        onChange={(e) => {
          const next = speedFromSlider(Number(e.currentTarget.value));
          setLastNumeric(next);
          onChange(next);
        }}
        className="h-2 w-20 cursor-pointer xl:w-36 accent-amber-500 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-amber-500"
      />
      <span
        aria-hidden="true"
        className="w-10 text-sm text-slate-700 tabular-nums dark:text-slate-300"
      >
        {flatOut ? 'Max' : formatSpeed(numeric)}
      </span>
      <button
        type="button"
        aria-pressed={flatOut}
        title="As fast as possible: no waiting between events"
        className={`${buttonClass} aria-pressed:border-amber-500 aria-pressed:bg-amber-50 dark:aria-pressed:bg-amber-950`}
        onClick={() => {
          if (flatOut) onChange(lastNumeric);
          else {
            setLastNumeric(numeric);
            onChange('max');
          }
        }}
      >
        <FastIcon />
        <CompactLabel full="As fast as possible" />
      </button>
    </div>
  );
}
