/**
 * Edge curves shared by the edge components and the token layer, so a token rides exactly the
 * drawn line. The control points follow React Flow's bezier edge (curvature 0.25).
 */
export type Side = 'left' | 'right' | 'top' | 'bottom';
export interface Point {
  x: number;
  y: number;
}
export interface Curve {
  p0: Point;
  p1: Point;
  p2: Point;
  p3: Point;
}

const CURVATURE = 0.25;

function offset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(side: Side, from: Point, to: Point): Point {
  switch (side) {
    case 'left':
      return { x: from.x - offset(from.x - to.x), y: from.y };
    case 'right':
      return { x: from.x + offset(to.x - from.x), y: from.y };
    case 'top':
      return { x: from.x, y: from.y - offset(from.y - to.y) };
    case 'bottom':
      return { x: from.x, y: from.y + offset(to.y - from.y) };
  }
}

export function curve(source: Point, sourceSide: Side, target: Point, targetSide: Side): Curve {
  return {
    p0: source,
    p1: control(sourceSide, source, target),
    p2: control(targetSide, target, source),
    p3: target,
  };
}

export function curvePath(c: Curve): string {
  return `M${c.p0.x},${c.p0.y} C${c.p1.x},${c.p1.y} ${c.p2.x},${c.p2.y} ${c.p3.x},${c.p3.y}`;
}

/** The point at parameter t (0 = source, 1 = target). */
export function pointAt(c: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const d = 3 * u * t * t;
  const e = t * t * t;
  return {
    x: a * c.p0.x + b * c.p1.x + d * c.p2.x + e * c.p3.x,
    y: a * c.p0.y + b * c.p1.y + d * c.p2.y + e * c.p3.y,
  };
}

/** Where a handle sits on a node's box (handles are centred on a side). */
export function sidePoint(
  box: { x: number; y: number; width: number; height: number },
  side: Side,
): Point {
  switch (side) {
    case 'left':
      return { x: box.x, y: box.y + box.height / 2 };
    case 'right':
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case 'top':
      return { x: box.x + box.width / 2, y: box.y };
    case 'bottom':
      return { x: box.x + box.width / 2, y: box.y + box.height };
  }
}
