/** Small inline icons (no icon font: headless and minimal systems lack the media glyphs). */
const svg = {
  'aria-hidden': true,
  viewBox: '0 0 16 16',
  className: 'size-4 shrink-0',
  fill: 'currentColor',
} as const;

export const PlayIcon = () => (
  <svg {...svg}>
    <path d="M4 2.5v11l9-5.5z" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...svg}>
    <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />
  </svg>
);

export const StepIcon = () => (
  <svg {...svg}>
    <path d="M3 2.5v11l7.5-5.5zM11 2.5h2.5v11H11z" />
  </svg>
);

export const ResetIcon = () => (
  <svg {...svg} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round">
    <path d="M3 8a5 5 0 1 0 1.6-3.7" />
    <path d="M3 2.5v3h3" strokeLinejoin="round" />
  </svg>
);

export const FastIcon = () => (
  <svg {...svg}>
    <path d="M1.5 3v10L8 8zM8 3v10l6.5-5z" />
  </svg>
);
