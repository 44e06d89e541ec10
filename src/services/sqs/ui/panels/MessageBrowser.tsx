import { useAppStore } from '../../../../store';
import { MessageDetails } from './messages/MessageDetails';
import { MessageTimeline } from './messages/MessageTimeline';
import { STATE_LABEL, timerOf, type PeekedMessage } from './messages/peeked';
import { usePeekMessages } from './messages/usePeekMessages';
import { PanelEmpty, PanelHeading } from '../../../../ui/panels/PanelChrome';
import { queueNameOf } from '../names';
import { useThrottledNow } from '../../../../ui/panels/useThrottledNow';

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
        // The panel scrolls, not a box inside it: the table takes the panel's whole height.
        <div className="rounded border border-slate-200 dark:border-slate-800">
          <table className="w-full text-xs">
            <thead className="sticky top-0 bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
              <tr>
                <th className={th}>Message</th>
                <th className={th}>State</th>
                <th className={`${th} text-right`}>Receives</th>
                <th className={th}>Timer</th>
                {fifo && <th className={th}>Group</th>}
              </tr>
            </thead>
            {messages.slice(0, MAX_ROWS).map((m) => (
              <MessageRows
                key={m.MessageId}
                message={m}
                now={now}
                fifo={fifo}
                selected={m.MessageId === selectedMessageId}
                onSelect={() => selectMessage(m.MessageId)}
              />
            ))}
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

/**
 * One message: its numbers on one row, its body on the row below across the whole width (two
 * lines at most; selecting the message shows all of it in its details).
 */
function MessageRows({
  message: m,
  now,
  fifo,
  selected,
  onSelect,
}: {
  message: PeekedMessage;
  now: number;
  fifo: boolean;
  selected: boolean;
  onSelect: () => void;
}) {
  const td = 'px-2 py-1';
  return (
    <tbody
      className={`border-t border-slate-200 dark:border-slate-800 ${selected ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}
    >
      <tr aria-selected={selected}>
        <td className={td}>
          <button
            type="button"
            className="font-mono whitespace-nowrap text-amber-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-amber-300"
            aria-label={`Show m-${m.N} (${m.MessageId})`}
            onClick={onSelect}
          >
            m-{m.N}
          </button>
        </td>
        <td className={td}>
          <StateBadge state={m.State} />
        </td>
        <td className={`${td} text-right tabular-nums`}>{m.ReceiveCount}</td>
        <td className={`${td} tabular-nums`}>{timerOf(m, now)}</td>
        {fifo && <td className={`${td} font-mono break-all`}>{m.MessageGroupId ?? '—'}</td>}
      </tr>
      <tr>
        <td colSpan={fifo ? 5 : 4} className="px-2 pb-1.5">
          <span className="sr-only">Body: </span>
          <span
            className="line-clamp-2 font-mono break-all text-slate-600 dark:text-slate-300"
            title={m.Body}
          >
            {m.Body}
          </span>
        </td>
      </tr>
    </tbody>
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
