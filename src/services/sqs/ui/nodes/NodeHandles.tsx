import { Handle, Position, type HandleProps } from '@xyflow/react';
import { HANDLE } from '../handles';

/** Which connection points a node has; each string says what its handle connects. */
export interface NodeHandlesProps {
  /** The left handle: what flows in ("reads from a queue"). None: the node takes nothing in. */
  input?: string | undefined;
  /** The right handle: where things flow out to. None: the node sends nothing to the right. */
  output?: string | undefined;
  /** A queue: a dead-letter handle below, and one above for being a DLQ or a reply queue. */
  deadLetter?: boolean | undefined;
  /** A consumer that answers requests: its replies leave from below. */
  replies?: boolean | undefined;
}

/** A node's handles: only those something can be connected to, each saying what it connects. */
export function NodeHandles({ input, output, deadLetter, replies }: NodeHandlesProps) {
  const handles: HandleSpec[] = [
    ...(input === undefined
      ? []
      : [{ type: 'target', position: Position.Left, id: HANDLE.in, what: input } as const]),
    ...(output === undefined
      ? []
      : [{ type: 'source', position: Position.Right, id: HANDLE.out, what: output } as const]),
    ...(deadLetter === true ? DEAD_LETTER_HANDLES : []),
    ...(replies === true ? [REPLY_HANDLE] : []),
  ];
  return handles.map((handle) => <NodeHandle key={handle.id} {...handle} />);
}

type HandleSpec = Pick<HandleProps, 'type' | 'position'> & {
  id: string;
  what: string;
  tone?: string;
};

const DEAD_LETTER_HANDLES: HandleSpec[] = [
  {
    type: 'target',
    position: Position.Top,
    id: HANDLE.dlqIn,
    what: "catches another queue's failed messages (as its dead-letter queue), or a consumer's replies",
  },
  {
    type: 'source',
    position: Position.Bottom,
    id: HANDLE.dlqOut,
    what: 'failed messages go to a dead-letter queue',
    tone: 'pg-handle-dlq',
  },
];

const REPLY_HANDLE: HandleSpec = {
  type: 'source',
  position: Position.Bottom,
  id: HANDLE.replyOut,
  what: 'replies go to a reply queue (request–response)',
  tone: 'pg-handle-reply',
};

/** One connection point. Its words are the tooltip and the name assistive technology reads. */
function NodeHandle({ what, tone = '', ...handle }: HandleSpec) {
  const label = `Drag to connect: ${what}`;
  return <Handle {...handle} className={`pg-handle ${tone}`} title={label} aria-label={label} />;
}
