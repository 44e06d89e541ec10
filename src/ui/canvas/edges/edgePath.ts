import { Position, type EdgeProps } from '@xyflow/react';
import { curve, curvePath, pointAt, type Curve, type Side } from '../geometry';

const SIDE: Record<Position, Side> = {
  [Position.Left]: 'left',
  [Position.Right]: 'right',
  [Position.Top]: 'top',
  [Position.Bottom]: 'bottom',
};

/** The edge's curve (the same one the token layer rides), its SVG path and its midpoint. */
export function edgeGeometry(
  p: Pick<
    EdgeProps,
    'sourceX' | 'sourceY' | 'targetX' | 'targetY' | 'sourcePosition' | 'targetPosition'
  >,
): {
  c: Curve;
  path: string;
  mid: { x: number; y: number };
} {
  const c = curve(
    { x: p.sourceX, y: p.sourceY },
    SIDE[p.sourcePosition],
    { x: p.targetX, y: p.targetY },
    SIDE[p.targetPosition],
  );
  return { c, path: curvePath(c), mid: pointAt(c, 0.5) };
}
