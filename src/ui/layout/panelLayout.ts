import { createContext, useContext, useMemo, useState } from 'react';

export type PanelId = 'palette' | 'details' | 'bottom';

/** Which panels are open; the canvas takes the room the closed ones leave (a projector). */
export interface PanelLayout {
  open: Record<PanelId, boolean>;
  toggle: (panel: PanelId) => void;
  /** Closes every panel (the canvas takes the screen) or opens them all again. */
  setAll: (open: boolean) => void;
}

/** Below this width the palette starts as a rail of icons, so the canvas keeps its room. */
const WIDE_SCREEN = '(min-width: 1280px)';

export function usePanelLayoutState(): PanelLayout {
  const [open, setOpen] = useState<Record<PanelId, boolean>>(() => ({
    palette: typeof window.matchMedia !== 'function' || window.matchMedia(WIDE_SCREEN).matches,
    details: true,
    bottom: true,
  }));
  return useMemo(
    () => ({
      open,
      toggle: (panel) => setOpen((o) => ({ ...o, [panel]: !o[panel] })),
      setAll: (all) => setOpen({ palette: all, details: all, bottom: all }),
    }),
    [open],
  );
}

const ALL_OPEN: PanelLayout = {
  open: { palette: true, details: true, bottom: true },
  toggle: () => {},
  setAll: () => {},
};

export const PanelLayoutContext = createContext<PanelLayout>(ALL_OPEN);

export function usePanelLayout(): PanelLayout {
  return useContext(PanelLayoutContext);
}
