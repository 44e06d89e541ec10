import { useStore, useViewport, type InternalNode } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { curve, pointAt, sidePoint, type Curve, type Point } from './geometry';
import type { PlaygroundNode } from './graph';
import { placesIn } from './live';
import { Flash, Moving } from './tokenShapes';
import { collectTokens, FILTERED_STOPS_AT, flightMs, progress } from './tokens';
import { useReducedMotion } from './useReducedMotion';

/** How far past the canvas's edges (screen px) a token is still drawn: half a crowd's chip. */
const OFF_SCREEN_MARGIN = 48;

/**
 * ONE overlay that draws every message in motion, over React Flow. A token's place is a pure
 * function of virtual time (tokens.ts), mapped to the screen with React Flow's viewport
 * transform; no per-edge animation, no frame counting. With reduced motion, tokens stand still
 * at the middle of their edge (or flash at their node) for the same span of virtual time.
 * Tokens outside the canvas are not drawn: a big world shows only part of itself, and each drawn
 * token costs style, layout and paint on every frame (as fast as possible, every frame changes
 * them all).
 */
export function TokenLayer() {
  const { x, y, zoom } = useViewport();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const now = useAppStore((s) => s.now);
  const speed = useAppStore((s) => s.speed);
  const events = useAppStore((s) => s.events);
  const nodes = useAppStore((s) => s.scenario.nodes);
  const edges = useAppStore((s) => s.scenario.edges);
  const store = useAppStoreApi();
  const reduced = useReducedMotion();
  // React Flow's nodes change while dragging; the lookup has their measured boxes.
  useStore((s) => s.nodes);
  const lookup = useStore((s) => s.nodeLookup);
  const placeOf = useMemo(() => placesIn({ nodes, edges }, store), [nodes, edges, store]);

  const tokens = collectTokens(events, now, flightMs(speed), placeOf);
  if (tokens.length === 0) return null;

  // Not measured yet (or no layout, as in tests): everything counts as on screen.
  const onScreen = (p: Point) => {
    if (width === 0 || height === 0) return true;
    const sx = x + p.x * zoom;
    const sy = y + p.y * zoom;
    return (
      sx >= -OFF_SCREEN_MARGIN &&
      sx <= width + OFF_SCREEN_MARGIN &&
      sy >= -OFF_SCREEN_MARGIN &&
      sy <= height + OFF_SCREEN_MARGIN
    );
  };
  const box = (id: string) => {
    const n = lookup.get(id) as InternalNode<PlaygroundNode> | undefined;
    if (n === undefined) return undefined;
    const { x: bx, y: by } = n.internals.positionAbsolute;
    return { x: bx, y: by, width: n.measured.width ?? 240, height: n.measured.height ?? 120 };
  };
  const curves = new Map<string, Curve>();
  const curveOf = (edgeId: string, fromAbove: boolean) => {
    if (curves.has(edgeId)) return curves.get(edgeId);
    const e = edges.find((edge) => edge.id === edgeId);
    const from = e === undefined ? undefined : box(e.source);
    const to = e === undefined ? undefined : box(e.target);
    if (e === undefined || from === undefined || to === undefined) return undefined;
    // The service that placed the token says which way its edge runs.
    const c = fromAbove
      ? curve(sidePoint(from, 'bottom'), 'bottom', sidePoint(to, 'top'), 'top')
      : curve(sidePoint(from, 'right'), 'right', sidePoint(to, 'left'), 'left');
    curves.set(edgeId, c);
    return c;
  };

  return (
    <svg className="pg-token-layer" aria-hidden="true" data-testid="token-layer">
      <g transform={`translate(${x} ${y}) scale(${zoom})`}>
        {tokens.map((t) => {
          const p = progress(now, t.departAt, t.arriveAt);
          if (t.edgeId !== undefined) {
            const c = curveOf(t.edgeId, t.fromAbove === true);
            if (c === undefined) return null;
            const along =
              t.kind === 'filtered'
                ? Math.min(p, FILTERED_STOPS_AT)
                : reduced || t.count > 1
                  ? 0.5
                  : t.reverse === true
                    ? 1 - p
                    : p;
            const at = pointAt(c, along);
            if (!onScreen(at)) return null;
            return <Moving key={t.key} t={t} at={at} fade={reduced ? 1 - p : 1} />;
          }
          const b = t.nodeId === undefined ? undefined : box(t.nodeId);
          if (b === undefined) return null;
          const side =
            t.kind === 'delay-ended' || t.kind === 'send'
              ? 'left'
              : t.kind === 'dlq'
                ? 'bottom'
                : 'right';
          const at = sidePoint(b, side);
          if (!onScreen(at)) return null;
          return <Flash key={t.key} t={t} at={at} side={side} p={p} still={reduced} />;
        })}
      </g>
    </svg>
  );
}
