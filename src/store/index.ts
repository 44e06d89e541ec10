import { createContext, useContext } from 'react';
import { createStore, useStore } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createSimSlice, type SimSlice } from './simSlice';

/** The whole UI state: one zustand store made of slices, each in its own file. */
export type AppState = SimSlice & DocumentSlice & SelectionSlice;

export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createSimSlice(...a),
    ...createDocumentSlice(...a),
    ...createSelectionSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The store the app runs on; tests provide their own through StoreContext. */
export const appStore = createAppStore();
export const StoreContext = createContext<AppStore>(appStore);

/** Subscribe with a narrow selector so a component re-renders only when its slice changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(StoreContext), selector);
}

/** The store itself, for event handlers that read or act without subscribing. */
export function useAppStoreApi(): AppStore {
  return useContext(StoreContext);
}
