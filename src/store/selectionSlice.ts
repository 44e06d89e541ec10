import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** What the user is looking at: a node, a message, and what a clicked log line lights up. */
export interface SelectionSlice {
  selectedNodeId: string | undefined;
  selectedMessageId: string | undefined;
  /** Nodes (and a message) lit up by a clicked event log line. */
  highlight: { nodeIds: string[]; messageId?: string } | undefined;
  selectNode: (id: string | undefined) => void;
  selectMessage: (messageId: string | undefined) => void;
  setHighlight: (highlight: SelectionSlice['highlight']) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedNodeId: undefined,
  selectedMessageId: undefined,
  highlight: undefined,
  selectNode: (id) => set({ selectedNodeId: id }),
  selectMessage: (messageId) => set({ selectedMessageId: messageId }),
  setHighlight: (highlight) => set({ highlight }),
});
