import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * Keeps a scroller at its bottom while new rows arrive, until the user scrolls up; scrolling
 * back to the bottom (or `jumpToEnd`) resumes it.
 */
export function useStickToBottom(
  ref: RefObject<HTMLElement | null>,
  contentHeight: number,
  slack = 8,
) {
  const [stuck, setStuck] = useState(true);
  const stuckRef = useRef(true);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el !== null && stuckRef.current) el.scrollTop = el.scrollHeight;
  }, [ref, contentHeight]);
  const onScroll = useCallback(() => {
    const el = ref.current;
    if (el === null) return;
    const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - slack;
    stuckRef.current = atBottom;
    setStuck(atBottom);
  }, [ref, slack]);
  const jumpToEnd = useCallback(() => {
    const el = ref.current;
    stuckRef.current = true;
    setStuck(true);
    if (el !== null) el.scrollTop = el.scrollHeight;
  }, [ref]);
  return { stuck, onScroll, jumpToEnd };
}
