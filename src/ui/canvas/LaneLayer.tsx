import { useStore } from '@xyflow/react';
import type { LaneFrame } from './lanes';

/**
 * The scenario's lanes, as labelled frames behind the nodes and edges (the layer sits under
 * React Flow's renderer), moved with the viewport. The titles are what narration refers to.
 */
export function LaneLayer({ frames }: { frames: readonly LaneFrame[] }) {
  const [x, y, zoom] = useStore((s) => s.transform);
  if (frames.length === 0) return null;
  return (
    <div className="pg-lane-layer" aria-hidden="true">
      <div
        style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})`, transformOrigin: '0 0' }}
      >
        {frames.map((f) => (
          <div
            key={f.title}
            className="pg-lane absolute rounded-xl border-2 border-dashed border-slate-300 bg-slate-100/50 dark:border-slate-700 dark:bg-slate-900/40"
            style={{ left: f.x, top: f.y, width: f.width, height: f.height }}
          >
            <span className="pg-lane-title absolute top-1 left-3 text-base font-semibold text-slate-600 dark:text-slate-300">
              {f.title}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
