import type { Point } from './geometry';
import type { Token, TokenKind } from './tokens';

const COLOR: Record<TokenKind, string> = {
  send: '#E7157B',
  receive: '#2563eb',
  redelivery: '#d97706',
  empty: '#64748b',
  return: '#d97706',
  dlq: '#dc2626',
  delete: '#16a34a',
  'delay-ended': '#7c3aed',
  filtered: '#94a3b8',
};

/** Drawn hollow: nothing is carried (an empty receive), or the copy goes no further (filtered). */
const HOLLOW: ReadonlySet<TokenKind> = new Set(['empty', 'filtered']);

/**
 * The shapes of the token layer. They are placed by coordinates, not by a transform, and a
 * flash fades by the opacity of its stroke and text (they do not overlap, so it looks the same):
 * a transform or an opacity below 1 is a node of Chromium's property trees and a paint chunk of
 * its own, and as fast as possible the tokens change on every frame, where layerizing and
 * committing those chunks cost more than drawing the shapes. An opacity of 1 is left out.
 */
const faded = (opacity: number) => (opacity < 1 ? opacity : undefined);

/**
 * A message riding an edge, or a crowd of them as one chip with its count. Only reduced motion
 * fades them (tokens then stand still, and change rarely).
 */
export function Moving({ t, at, fade }: { t: Token; at: Point; fade: number }) {
  const color = COLOR[t.kind];
  const opacity = faded(Math.max(0.35, fade));
  const hollow = HOLLOW.has(t.kind);
  if (t.count > 1) {
    const text = `${hollow ? `${t.kind} ` : ''}×${t.count}`;
    const w = 12 + text.length * 6.5;
    return (
      <g opacity={opacity}>
        <rect
          x={at.x - w / 2}
          y={at.y - 9}
          width={w}
          height={18}
          rx={9}
          fill={hollow ? 'white' : color}
          stroke={color}
          strokeWidth={1.5}
        />
        <text
          x={at.x}
          y={at.y + 4}
          textAnchor="middle"
          fontSize="11"
          fontWeight="600"
          fill={hollow ? color : 'white'}
        >
          {text}
        </text>
      </g>
    );
  }
  return (
    <circle
      cx={at.x}
      cy={at.y}
      r={6}
      fill={hollow ? 'white' : color}
      stroke={hollow ? color : 'white'}
      strokeWidth={hollow ? 2 : 1.5}
      opacity={opacity}
    />
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

/** A message arriving at (or leaving) a node: a ring that grows and fades, with a count. */
export function Flash({
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
  const opacity = faded(1 - p);
  return (
    <g>
      <circle
        cx={at.x}
        cy={at.y}
        r={still ? 10 : 5 + 12 * p}
        fill="none"
        stroke={color}
        strokeWidth={2.5}
        strokeOpacity={opacity}
      />
      {t.count > 1 && (
        <text
          x={at.x + offset.x}
          y={at.y + offset.y}
          textAnchor={offset.anchor}
          fontSize="11"
          fontWeight="600"
          fill={color}
          fillOpacity={opacity}
        >
          ×{t.count}
        </text>
      )}
    </g>
  );
}
