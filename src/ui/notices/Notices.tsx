import { useEffect } from 'react';
import { useNotices, type Notice } from './noticesStore';

/** How long an info stays on screen; errors stay until dismissed. */
const INFO_MS = 6_000;

/**
 * Errors and infos, at the bottom of the box it is mounted in (the details panel), as wide as
 * that box but never narrower than a readable card: over the panel, not over the nodes on the
 * canvas. Errors are announced at once (role="alert"), infos politely and fade by themselves.
 * Mount once.
 */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <div
      aria-label="Notifications"
      className="pointer-events-none absolute right-2 bottom-2 z-50 flex w-[max(calc(100%-1rem),18rem)] max-w-md flex-col gap-2"
    >
      <div role="alert" className="flex flex-col gap-2">
        {errors.map((n) => (
          <NoticeCard key={n.id} notice={n} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="flex flex-col gap-2">
        {infos.map((n) => (
          <NoticeCard key={n.id} notice={n} />
        ))}
      </div>
    </div>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const dismiss = useNotices((s) => s.dismiss);
  useEffect(() => {
    if (notice.kind !== 'info') return;
    const timer = setTimeout(() => dismiss(notice.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  const error = notice.kind === 'error';
  return (
    <section
      aria-label={notice.title}
      className={`pointer-events-auto rounded-lg border p-3 text-sm shadow-lg ${
        error
          ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'
          : 'border-slate-200 bg-white text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100'
      }`}
    >
      <div className="flex items-start gap-3">
        <p className="flex-1 font-medium">{notice.title}</p>
        <button
          type="button"
          onClick={() => dismiss(notice.id)}
          aria-label={`Dismiss: ${notice.title}`}
          className="-m-1 rounded p-1 leading-none opacity-70 hover:opacity-100 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {notice.details.length > 0 && (
        <ul className="mt-2 max-h-48 list-disc space-y-1 overflow-y-auto pl-5 break-words">
          {notice.details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {notice.action !== undefined && (
        <button
          type="button"
          onClick={() => {
            notice.action?.run();
            dismiss(notice.id);
          }}
          className="mt-2 rounded-md border border-current px-2.5 py-1 font-medium hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:hover:bg-white/10"
        >
          {notice.action.label}
        </button>
      )}
    </section>
  );
}
