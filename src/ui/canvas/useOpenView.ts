import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../engine';
import { useAppStore } from '../../store';
import { NODE_SIZE_GUESS, union, type Rect } from './lanes';
import { openViewport } from './openView';
import { setVisibleArea } from './visibleArea';

/**
 * Frames an opened scenario once React Flow has measured its nodes (the view fitted before that
 * used guessed sizes), and again while the canvas changes size (a panel folding, the window),
 * until the user pans, zooms or drags: from then on the view is theirs.
 */
export function useOpenView(
  scenario: Scenario,
  sizes: ReadonlyMap<string, { width: number; height: number }>,
  frames: readonly Rect[],
) {
  const { setViewport } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const lastEditLabel = useAppStore((s) => s.lastEditLabel);
  const [follow, setFollow] = useState(true);

  useEffect(() => {
    if (lastEditLabel?.startsWith('Opened') === true) setFollow(true);
  }, [lastEditLabel, scenario.name]);

  const measured = scenario.nodes.every((n) => sizes.has(n.id));
  const bounds = useMemo(
    () =>
      union([
        ...scenario.nodes.map((n) => ({ ...n.position, ...(sizes.get(n.id) ?? NODE_SIZE_GUESS) })),
        ...frames,
      ]),
    [scenario.nodes, sizes, frames],
  );

  useEffect(() => {
    if (!follow || !measured || width === 0) return;
    void setViewport(openViewport(bounds, { width, height }));
  }, [follow, measured, bounds, width, height, setViewport]);

  return {
    /** A pan or zoom by the user (with an input event, unlike ours) ends the following. */
    onMoveStart: (event: MouseEvent | TouchEvent | null) => {
      if (event !== null) setFollow(false);
    },
    onNodeDragStart: () => setFollow(false),
  };
}

/** Keeps visibleArea() up to date with the view (inside ReactFlow, so only it re-renders). */
export function VisibleAreaTracker() {
  const [x, y, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => () => setVisibleArea(undefined), []);
  useEffect(() => {
    setVisibleArea(
      width === 0
        ? undefined
        : { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom },
    );
  }, [x, y, zoom, width, height]);
  return null;
}
