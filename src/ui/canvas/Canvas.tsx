import {
  Background,
  BackgroundVariant,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnDelete,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import type { Scenario } from '../../engine';
import { connectNodes, proposeConnection } from '../plugins/registry';
import { toFlowEdges, toFlowNodes } from './flow';
import { RF_ID, type PlaygroundEdge, type PlaygroundNode } from './graph';
import { PALETTE_DRAG_TYPE, createNode } from './nodeFactory';
import { FLOW_EDGE_TYPES, FLOW_NODE_TYPES, PALETTE_ITEMS, displayName } from '../plugins/registry';
import { TokenLayer } from './TokenLayer';
import { LaneLayer } from './LaneLayer';
import { dropFromLanes, laneFrames } from './lanes';
import { asOwnFlow } from './ownFlow';
import { useOpenView, VisibleAreaTracker } from './useOpenView';

type XY = { x: number; y: number };
type Size = { width: number; height: number };

/**
 * The playground canvas: React Flow showing the document in the store. Every change (move,
 * connect, delete, drop from the palette) goes through `edit`, so undo sees it; a drag is one
 * undo step. Messages in motion are drawn by the one TokenLayer on top.
 */
export function Canvas({ className }: { className?: string }) {
  return (
    <ReactFlowProvider>
      <CanvasFlow className={className ?? 'h-full w-full'} />
    </ReactFlowProvider>
  );
}

function CanvasFlow({ className }: { className: string }) {
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const edit = useAppStore((s) => s.edit);
  const selectedNodeId = useAppStore((s) => s.selectedNodeId);
  const selectNode = useAppStore((s) => s.selectNode);
  const { screenToFlowPosition } = useReactFlow();
  const [moving, setMoving] = useState<ReadonlyMap<string, XY>>(new Map());
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(new Map());
  const [selectedEdgeId, setSelectedEdgeId] = useState<string | undefined>();
  const [notice, setNotice] = useState<{ text: string; refused: boolean } | undefined>();

  const nodes = useMemo(
    () => toFlowNodes(scenario, selectedNodeId, moving, sizes),
    [scenario, selectedNodeId, moving, sizes],
  );
  const edges = useMemo(() => toFlowEdges(scenario, selectedEdgeId), [scenario, selectedEdgeId]);
  const frames = useMemo(
    () =>
      laneFrames(
        scenario,
        (id, at) => moving.get(id) ?? at,
        (id) => sizes.get(id),
      ),
    [scenario, moving, sizes],
  );
  const { onMoveStart, onNodeDragStart } = useOpenView(scenario, sizes, frames);

  // Notices fade after a while; the live region keeps the last one for screen readers.
  useEffect(() => {
    if (notice === undefined) return;
    const timer = setTimeout(() => setNotice(undefined), notice.refused ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const onNodesChange = useCallback(
    (changes: NodeChange<PlaygroundNode>[]) => {
      const next = new Map(moving);
      const done = new Map<string, XY>();
      const measured = changes.flatMap((c) =>
        c.type === 'dimensions' && c.dimensions !== undefined
          ? [[c.id, c.dimensions] as const]
          : [],
      );
      if (measured.length > 0) setSizes((old) => new Map([...old, ...measured]));
      for (const c of changes) {
        if (c.type === 'position' && c.position !== undefined) {
          if (c.dragging === true) next.set(c.id, c.position);
          else done.set(c.id, c.position);
        } else if (c.type === 'select') {
          if (c.selected) selectNode(c.id);
          else if (store.getState().selectedNodeId === c.id) selectNode(undefined);
        }
      }
      if (done.size > 0) {
        for (const id of done.keys()) next.delete(id);
        edit((s) => moveNodes(s, done), `Moved ${[...done.keys()].join(', ')}`);
      }
      if (next.size !== moving.size || done.size > 0 || changes.some((c) => c.type === 'position'))
        setMoving(next);
    },
    [moving, edit, selectNode, store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<PlaygroundEdge>[]) => {
    for (const c of changes) {
      if (c.type !== 'select') continue;
      if (c.selected) setSelectedEdgeId(c.id);
      else setSelectedEdgeId((current) => (current === c.id ? undefined : current));
    }
  }, []);

  const onDelete: OnDelete<PlaygroundNode, PlaygroundEdge> = useCallback(
    ({ nodes: gone, edges: cut }) => {
      const nodeIds = new Set(gone.map((n) => n.id));
      const edgeIds = new Set(cut.map((e) => e.id));
      if (nodeIds.size === 0 && edgeIds.size === 0) return;
      const names = gone.map((n) => displayName(n.data.node));
      edit(
        (s) =>
          asOwnFlow(
            dropFromLanes(
              {
                ...s,
                nodes: s.nodes.filter((n) => !nodeIds.has(n.id)),
                edges: s.edges.filter(
                  (e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target),
                ),
              },
              nodeIds,
            ),
          ),
        names.length > 0 ? `Deleted ${names.join(', ')}` : 'Deleted a connection',
      );
      if (selectedNodeId !== undefined && nodeIds.has(selectedNodeId)) selectNode(undefined);
      setNotice({
        text: names.length > 0 ? `Deleted ${names.join(', ')}.` : 'Deleted the connection.',
        refused: false,
      });
    },
    [edit, selectNode, selectedNodeId],
  );

  const tryConnect = useCallback(
    (source: string, target: string) => {
      const current = store.getState().scenario;
      const result = connectNodes(current, source, target);
      if (!result.ok) return setNotice({ text: result.reason, refused: true });
      const label = `Connected ${nameOf(current, source)} to ${nameOf(current, target)}`;
      edit(() => asOwnFlow(result.scenario), label);
      setNotice({ text: `${label}.`, refused: false });
    },
    [edit, store],
  );

  const isValidConnection = useCallback(
    (c: Connection | Edge) => proposeConnection(store.getState().scenario, c.source, c.target).ok,
    [store],
  );

  const onConnect = useCallback((c: Connection) => tryConnect(c.source, c.target), [tryConnect]);

  // A refused drag says why. A drag that only missed the right handle type (say, onto a
  // node's second input) but joins nodes that may connect is accepted as meant.
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid === true || state.fromNode === null || state.toNode === null) return;
      const forward = state.fromHandle?.type !== 'target';
      const source = forward ? state.fromNode.id : state.toNode.id;
      const target = forward ? state.toNode.id : state.fromNode.id;
      tryConnect(source, target);
    },
    [tryConnect],
  );

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const item = PALETTE_ITEMS.find((i) => i.key === e.dataTransfer.getData(PALETTE_DRAG_TYPE));
      if (item === undefined) return;
      e.preventDefault();
      const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const node = createNode(store.getState().scenario, item, {
        x: Math.round(at.x - 120),
        y: Math.round(at.y - 40),
      });
      edit((s) => asOwnFlow({ ...s, nodes: [...s.nodes, node] }), `Added ${displayName(node)}`);
      selectNode(node.id);
      setNotice({ text: `Added ${displayName(node)}.`, refused: false });
    },
    [edit, screenToFlowPosition, selectNode, store],
  );

  return (
    <div className={className}>
      <ReactFlow<PlaygroundNode, PlaygroundEdge>
        id={RF_ID}
        nodes={nodes}
        edges={edges}
        nodeTypes={FLOW_NODE_TYPES}
        edgeTypes={FLOW_EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onDelete={onDelete}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onMoveStart={onMoveStart}
        onNodeDragStart={onNodeDragStart}
        panOnScroll
        zoomOnPinch
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={null}
        connectionRadius={36}
        colorMode="system"
        minZoom={0.2}
        proOptions={{ hideAttribution: false }}
        aria-label="Canvas: the flow's nodes and their connections. Tab to a node; Delete removes the selected node or connection. Scroll to move around; pinch or Ctrl+scroll to zoom."
      >
        <LaneLayer frames={frames} />
        <VisibleAreaTracker />
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <Controls position="bottom-left" />
        <TokenLayer />
        {scenario.nodes.length === 0 && (
          <Panel position="top-left" className="pg-empty-hint">
            <p className="max-w-xs rounded-md border border-dashed border-slate-300 bg-white/90 px-3 py-2 text-sm text-slate-600 dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-300">
              An empty canvas. Add nodes from the palette (say, something that sends, something that
              holds messages and something that reads them), connect them, then press Play.
            </p>
          </Panel>
        )}
        <Panel position="top-center">
          <p
            role="status"
            aria-live="polite"
            className={
              notice === undefined
                ? 'sr-only'
                : `max-w-md rounded-md border px-3 py-1.5 text-sm shadow ${
                    notice.refused
                      ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
                      : 'border-slate-200 bg-white text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200'
                  }`
            }
          >
            {notice?.text}
          </p>
        </Panel>
      </ReactFlow>
    </div>
  );
}

function moveNodes(s: Scenario, done: ReadonlyMap<string, XY>): Scenario {
  let changed = false;
  const nodes = s.nodes.map((n) => {
    const to = done.get(n.id);
    if (to === undefined || (to.x === n.position.x && to.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: { x: Math.round(to.x), y: Math.round(to.y) } };
  });
  return changed ? { ...s, nodes } : s;
}

function nameOf(s: Scenario, id: string): string {
  const node = s.nodes.find((n) => n.id === id);
  return node === undefined ? id : displayName(node);
}
