import { createStore, useStore } from 'zustand';

/** A message for the user: an error (stays until dismissed) or an info (goes by itself). */
export interface Notice {
  id: number;
  kind: 'error' | 'info';
  title: string;
  /** Lines shown under the title, e.g. the problems validateScenario found. */
  details: string[];
  /** A button under the details that does what the notice suggests (e.g. "Download JSON"). */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface NoticesState {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id' | 'details'> & { details?: string[] }) => number;
  dismiss: (id: number) => void;
  clear: () => void;
}

/** How many notices are kept at once; the oldest go first. */
const MAX_NOTICES = 5;

export function createNoticesStore() {
  let nextId = 1;
  return createStore<NoticesState>()((set, get) => ({
    notices: [],
    notify(notice) {
      const id = nextId++;
      const added: Notice = {
        id,
        kind: notice.kind,
        title: notice.title,
        details: notice.details ?? [],
        ...(notice.action === undefined ? {} : { action: notice.action }),
      };
      set({ notices: [...get().notices, added].slice(-MAX_NOTICES) });
      return id;
    },
    dismiss(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    clear() {
      set({ notices: [] });
    },
  }));
}

export type NoticesStore = ReturnType<typeof createNoticesStore>;

/** The app's notices; tests make their own with createNoticesStore or call clear(). */
export const noticesStore = createNoticesStore();

export function useNotices<T>(selector: (state: NoticesState) => T): T {
  return useStore(noticesStore, selector);
}

/** Shorthands for code outside React (persistence, share links). */
export const notifyError = (title: string, details: string[] = [], action?: NoticeAction) =>
  noticesStore
    .getState()
    .notify({ kind: 'error', title, details, ...(action === undefined ? {} : { action }) });
export const notifyInfo = (title: string, details: string[] = []) =>
  noticesStore.getState().notify({ kind: 'info', title, details });
