import { useAppStore } from '../../store';
import { MessageDetails } from './messages/MessageDetails';
import { MessageTimeline } from './messages/MessageTimeline';
import { STATE_LABEL, timerOf } from './messages/peeked';
import { usePeekMessages } from './messages/usePeekMessages';
import { PanelEmpty, PanelHeading } from './PanelChrome';
import { queueNameOf } from './scenarioLookup';
import { useThrottledNow } from './useThrottledNow';

/** How many rows the table draws; the rest are counted, not drawn. */
const MAX_ROWS = 200;

/**
 * Every message of the selected queue with its state, receive count and timer, without consuming
 * it; the selected message's attributes, body and life as a timeline.
 */
export function MessageBrowser() {
  const queueName = useAppStore((s) => {
    const node = s.scenario.nodes.find((n) => n.id === s.selectedNodeId);
    return node === undefined ? undefined : queueNameOf(node);
  });
  const selectedMessageId = useAppStore((s) => s.selectedMessageId);
  if (queueName === undefined)
    return (
      <PanelEmpty title="Messages">
        Select a queue to browse its messages.
        {selectedMessageId !== undefined && <MessageTimeline messageId={selectedMessageId} />}
      </PanelEmpty>
    );
  return <QueueMessages queueName={queueName} selectedMessageId={selectedMessageId} />;
}

function QueueMessages({
  queueName,
  selectedMessageId,
}: {
  queueName: string;
  selectedMessageId: string | undefined;
}) {
  const now = useThrottledNow();
  const selectMessage = useAppStore((s) => s.selectMessage);
  const { messages, error } = usePeekMessages(queueName, now);
  const selected = messages.find((m) => m.MessageId === selectedMessageId);
  const fifo = queueName.endsWith('.fifo');
  const th = 'px-2 py-1 text-left font-medium';
  return (
    <section aria-labelledby="messages-heading" className="p-3">
      <PanelHeading
        id="messages-heading"
        title={`Messages in ${queueName}`}
        subtitle={`${messages.length} message(s), looked at without receiving them`}
      />
      {error !== undefined && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {messages.length > 0 && (
        <div className="max-h-72 overflow-auto rounded border border-slate-200 dark:border-slate-800">
          <table className="w-full text-xs">
            <thead className="sticky top-0 bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              <tr>
                <th className={th}>Message</th>
                <th className={th}>State</th>
                <th className={`${th} text-right`}>Receives</th>
                <th className={th}>Timer</th>
                {fifo && <th className={th}>Group</th>}
                <th className={th}>Body</th>
              </tr>
            </thead>
            <tbody>
              {messages.slice(0, MAX_ROWS).map((m) => {
                const isSelected = m.MessageId === selectedMessageId;
                return (
                  <tr
                    key={m.MessageId}
                    aria-selected={isSelected}
                    className={`border-t border-slate-100 dark:border-slate-800 ${isSelected ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}
                  >
                    <td className="px-2 py-1">
                      <button
                        type="button"
                        className="font-mono text-amber-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-amber-300"
                        aria-label={`Show m-${m.N} (${m.MessageId})`}
                        onClick={() => selectMessage(m.MessageId)}
                      >
                        m-{m.N}
                      </button>
                    </td>
                    <td className="px-2 py-1">
                      <StateBadge state={m.State} />
                    </td>
                    <td className="px-2 py-1 text-right tabular-nums">{m.ReceiveCount}</td>
                    <td className="px-2 py-1 whitespace-nowrap tabular-nums">{timerOf(m, now)}</td>
                    {fifo && <td className="px-2 py-1 font-mono">{m.MessageGroupId ?? '—'}</td>}
                    <td className="max-w-40 truncate px-2 py-1 font-mono" title={m.Body}>
                      {m.Body}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {messages.length > MAX_ROWS && (
            <p className="p-2 text-xs text-slate-500">
              Showing the oldest {MAX_ROWS} of {messages.length}.
            </p>
          )}
        </div>
      )}
      {messages.length === 0 && error === undefined && (
        <p className="text-sm text-slate-500 dark:text-slate-400">The queue is empty.</p>
      )}
      {selected !== undefined && <MessageDetails message={selected} />}
      {selectedMessageId !== undefined && <MessageTimeline messageId={selectedMessageId} />}
    </section>
  );
}

const BADGE: Record<string, string> = {
  visible: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-100',
  inflight: 'bg-sky-100 text-sky-900 dark:bg-sky-900/50 dark:text-sky-100',
  delayed: 'bg-violet-100 text-violet-900 dark:bg-violet-900/50 dark:text-violet-100',
};

function StateBadge({ state }: { state: keyof typeof STATE_LABEL }) {
  return (
    <span className={`rounded px-1.5 py-0.5 whitespace-nowrap ${BADGE[state] ?? ''}`}>
      {STATE_LABEL[state]}
    </span>
  );
}
