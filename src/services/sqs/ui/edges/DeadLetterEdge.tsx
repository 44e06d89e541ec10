import { EDGE_COLOR } from '../edgeColors';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { useState, type FormEvent } from 'react';
import { useAppStore } from '../../../../store';
import type { PlaygroundEdge } from '../../../../ui/canvas/graph';
import { edgeGeometry } from '../../../../ui/canvas/edges/edgePath';

/** [AWS RedrivePolicy] maxReceiveCount is 1 to 1,000. */
const MIN = 1;
const MAX = 1000;

/**
 * queue → its dead-letter queue, labelled with maxReceiveCount. The label is a button: it
 * opens a small form that changes maxReceiveCount through the document (undoable).
 */
export function DeadLetterEdge(props: EdgeProps<PlaygroundEdge>) {
  const { path, mid } = edgeGeometry(props);
  const count = props.data?.edge.maxReceiveCount ?? 10;
  const [editing, setEditing] = useState(false);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(props.markerEnd === undefined ? {} : { markerEnd: props.markerEnd })}
        style={{
          stroke: EDGE_COLOR['dead-letter'],
          strokeWidth: props.selected === true ? 3 : 2,
          strokeDasharray: '2 4',
        }}
      />
      <EdgeLabelRenderer>
        <div
          className="nodrag nopan pointer-events-auto absolute"
          style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)` }}
        >
          {editing ? (
            <MaxReceiveCountForm edgeId={props.id} value={count} onDone={() => setEditing(false)} />
          ) : (
            <button
              type="button"
              className="rounded-full border border-red-300 bg-white px-2 py-0.5 text-[11px] font-medium text-red-800 shadow-sm hover:bg-red-50 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none dark:border-red-800 dark:bg-slate-900 dark:text-red-200 dark:hover:bg-red-950"
              aria-label={`Dead-letter queue after ${count} receives. Change maxReceiveCount`}
              onClick={() => setEditing(true)}
            >
              DLQ · maxReceiveCount {count}
            </button>
          )}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

function MaxReceiveCountForm({
  edgeId,
  value,
  onDone,
}: {
  edgeId: string;
  value: number;
  onDone: () => void;
}) {
  const edit = useAppStore((s) => s.edit);
  const [text, setText] = useState(String(value));
  const n = Number(text);
  const valid = Number.isInteger(n) && n >= MIN && n <= MAX;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    if (n !== value)
      edit(
        (s) => ({
          ...s,
          edges: s.edges.map((edge) =>
            edge.id === edgeId ? { ...edge, maxReceiveCount: n } : edge,
          ),
        }),
        `maxReceiveCount set to ${n}`,
      );
    onDone();
  };
  return (
    <form
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
        // Keep Backspace/Delete for the field: React Flow would delete the edge.
        e.stopPropagation();
      }}
      className="flex items-center gap-1 rounded-md border border-red-300 bg-white p-1 text-[11px] shadow dark:border-red-800 dark:bg-slate-900"
    >
      <label className="flex items-center gap-1">
        <span>maxReceiveCount</span>
        <input
          autoFocus
          type="number"
          min={MIN}
          max={MAX}
          step={1}
          value={text}
          aria-invalid={!valid}
          onChange={(e) => setText(e.target.value)}
          className="w-16 rounded border border-slate-300 bg-transparent px-1 dark:border-slate-600"
        />
      </label>
      <button
        type="submit"
        disabled={!valid}
        className="rounded bg-red-600 px-1.5 py-0.5 text-white disabled:opacity-50"
      >
        Set
      </button>
      <button type="button" onClick={onDone} className="rounded px-1.5 py-0.5">
        Cancel
      </button>
      {!valid && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          1 to 1,000
        </span>
      )}
    </form>
  );
}
