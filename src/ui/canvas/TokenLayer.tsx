import { useStore, useViewport, type InternalNode } from '@xyflow/react';
import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { curve, pointAt, sidePoint, type Curve, type Point } from './geometry';
import { worldIndex, type PlaygroundNode } from './graph';
import { collectTokens, flightMs, progress, type Token, type TokenKind } from './tokens';
import { useReducedMotion } from './useReducedMotion';
import { useTracker } from './useTracker';

const COLOR: Record<TokenKind, string> = {
  send: '#E7157B',
  receive: '#2563eb',
  redelivery: '#d97706',
  empty: '#64748b',
  return: '#d97706',
  dlq: '#dc2626',
  delete: '#16a34a',
  'delay-ended': '#7c3aed',
};

/**
 * ONE overlay that draws every message in motion, over React Flow. A token's place is a pure
 * function of virtual time (tokens.ts), mapped to the screen with React Flow's viewport
 * transform; no per-edge animation, no frame counting. With reduced motion, tokens stand still
 * at the middle of their edge (or flash at their node) for the same span of virtual time.
 */
export function TokenLayer() {
  const { x, y, zoom } = useViewport();
  const now = useAppStore((s) => s.now);
  const speed = useAppStore((s) => s.speed);
  const events = useAppStore((s) => s.events);
  const nodes = useAppStore((s) => s.scenario.nodes);
  const edges = useAppStore((s) => s.scenario.edges);
  const tracker = useTracker();
  const reduced = useReducedMotion();
  // React Flow's nodes change while dragging; the lookup has their measured boxes.
  useStore((s) => s.nodes);
  const lookup = useStore((s) => s.nodeLookup);
  const index = useMemo(() => worldIndex({ nodes, edges }), [nodes, edges]);

  const tokens = collectTokens(
    events,
    now,
    flightMs(speed),
    index,
    (queue, id) => tracker.message(queue, id)?.receivedBy,
  );
  if (tokens.length === 0) return null;

  const box = (id: string) => {
    const n = lookup.get(id) as InternalNode<PlaygroundNode> | undefined;
    if (n === undefined) return undefined;
    const { x: bx, y: by } = n.internals.positionAbsolute;
    return { x: bx, y: by, width: n.measured.width ?? 240, height: n.measured.height ?? 120 };
  };
  const curves = new Map<string, Curve>();
  const curveOf = (edgeId: string) => {
    if (curves.has(edgeId)) return curves.get(edgeId);
    const e = edges.find((edge) => edge.id === edgeId);
    const from = e === undefined ? undefined : box(e.source);
    const to = e === undefined ? undefined : box(e.target);
    if (e === undefined || from === undefined || to === undefined) return undefined;
    // Dead-letter and reply edges leave from a node's bottom into the top of a queue.
    const fromAbove = e.type === 'dead-letter' || e.type === 'replies-to';
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
            const c = curveOf(t.edgeId);
            if (c === undefined) return null;
            const along = reduced || t.count > 1 ? 0.5 : t.reverse === true ? 1 - p : p;
            return <Moving key={t.key} t={t} at={pointAt(c, along)} fade={reduced ? 1 - p : 1} />;
          }
          const b = t.nodeId === undefined ? undefined : box(t.nodeId);
          if (b === undefined) return null;
          const side =
            t.kind === 'delay-ended' || t.kind === 'send'
              ? 'left'
              : t.kind === 'dlq'
                ? 'bottom'
                : 'right';
          return (
            <Flash key={t.key} t={t} at={sidePoint(b, side)} side={side} p={p} still={reduced} />
          );
        })}
      </g>
    </svg>
  );
}

function Moving({ t, at, fade }: { t: Token; at: Point; fade: number }) {
  const color = COLOR[t.kind];
  if (t.count > 1) {
    const text = `${t.kind === 'empty' ? 'empty ' : ''}×${t.count}`;
    const w = 12 + text.length * 6.5;
    return (
      <g transform={`translate(${at.x} ${at.y})`} opacity={Math.max(0.35, fade)}>
        <rect
          x={-w / 2}
          y={-9}
          width={w}
          height={18}
          rx={9}
          fill={t.kind === 'empty' ? 'white' : color}
          stroke={color}
          strokeWidth={1.5}
        />
        <text
          textAnchor="middle"
          dy="4"
          fontSize="11"
          fontWeight="600"
          fill={t.kind === 'empty' ? color : 'white'}
        >
          {text}
        </text>
      </g>
    );
  }
  return (
    <g transform={`translate(${at.x} ${at.y})`} opacity={Math.max(0.35, fade)}>
      <circle
        r={6}
        fill={t.kind === 'empty' ? 'white' : color}
        stroke={t.kind === 'empty' ? color : 'white'}
        strokeWidth={t.kind === 'empty' ? 2 : 1.5}
      />
    </g>
  );
}

/** Where a flash's ×N sits: outside the node, clear of the handle it flashes on. */
const COUNT_OFFSET: Record<
  'left' | 'right' | 'bottom',
  { x: number; y: number; anchor: 'start' | 'end' }
> = {
  left: { x: -14, y: -12, anchor: 'end' },
  right: { x: 14, y: -12, anchor: 'start' },
  bottom: { x: 14, y: 20, anchor: 'start' },
};

function Flash({
  t,
  at,
  side,
  p,
  still,
}: {
  t: Token;
  at: Point;
  side: 'left' | 'right' | 'bottom';
  p: number;
  still: boolean;
}) {
  const color = COLOR[t.kind];
  const offset = COUNT_OFFSET[side];
  return (
    <g transform={`translate(${at.x} ${at.y})`} opacity={1 - p}>
      <circle r={still ? 10 : 5 + 12 * p} fill="none" stroke={color} strokeWidth={2.5} />
      {t.count > 1 && (
        <text
          x={offset.x}
          y={offset.y}
          textAnchor={offset.anchor}
          fontSize="11"
          fontWeight="600"
          fill={color}
        >
          ×{t.count}
        </text>
      )}
    </g>
  );
}
