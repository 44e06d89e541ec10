import { Handle, Position } from '@xyflow/react';

/** Handle ids: the same words the other services use, so edges between them meet. */
export const HANDLE = { in: 'in', out: 'out' } as const;

/** A node's connection points, each saying what it connects (the tooltip and accessible name). */
export function SnsHandles({ input, output }: { input?: string; output?: string }) {
  return (
    <>
      {input !== undefined && (
        <Handle
          type="target"
          position={Position.Left}
          id={HANDLE.in}
          className="pg-handle"
          title={`Drag to connect: ${input}`}
          aria-label={`Drag to connect: ${input}`}
        />
      )}
      {output !== undefined && (
        <Handle
          type="source"
          position={Position.Right}
          id={HANDLE.out}
          className="pg-handle"
          title={`Drag to connect: ${output}`}
          aria-label={`Drag to connect: ${output}`}
        />
      )}
    </>
  );
}
