import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { copyText } from './files';

interface Props {
  url: string;
  onClose: () => void;
}

/**
 * Shown when the browser refused the clipboard: the link in a read-only field, selected so
 * Ctrl+C copies it, with a Copy button to try again. A link of any length stays reachable.
 */
export function LinkDialog({ url, onClose }: Props) {
  const titleId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const copy = async () => {
    field.current?.select();
    setCopied(await copyText(url));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };

  return (
    <div
      className="fixed inset-0 z-40 flex items-start justify-center bg-slate-900/50 p-4 sm:p-8"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        className="flex w-full max-w-2xl flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Copy the share link
        </h2>
        <p>
          The browser did not let this page use the clipboard. The link is selected below: press
          Ctrl+C (⌘C on a Mac) to copy it, or try the Copy button again.
        </p>
        <textarea
          ref={field}
          readOnly
          aria-label="Share link"
          value={url}
          rows={4}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full resize-y rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs break-all dark:border-slate-600 dark:bg-slate-800"
        />
        <div className="flex items-center justify-end gap-2">
          <span role="status" className="mr-auto text-slate-600 dark:text-slate-300">
            {copied === true && 'Copied.'}
            {copied === false && 'Still no clipboard: use Ctrl+C.'}
          </span>
          <button
            type="button"
            onClick={() => void copy()}
            className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:bg-slate-100 dark:text-slate-900"
          >
            Copy
          </button>
          <button
            type="button"
            onClick={onClose}
            className="rounded-md px-3 py-1.5 font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:hover:bg-slate-800"
          >
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
