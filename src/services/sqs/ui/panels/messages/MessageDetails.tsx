import { useAppStore } from '../../../../../store';
import { sinceStart } from '../../../../../ui/format/time';
import { attributeText, type PeekedMessage } from './peeked';

/** Everything SQS holds about one message. */
export function MessageDetails({ message }: { message: PeekedMessage }) {
  const startTime = useAppStore((s) => s.startTime);
  const rows: [string, string][] = [
    ['MessageId', message.MessageId],
    ['SentTimestamp', sinceStart(message.SentTimestamp, startTime)],
    ['ApproximateReceiveCount', String(message.ReceiveCount)],
  ];
  if (message.VisibilityTimeout !== undefined)
    rows.push(['VisibilityTimeout', `${message.VisibilityTimeout} s`]);
  if (message.MessageGroupId !== undefined) rows.push(['MessageGroupId', message.MessageGroupId]);
  if (message.MessageDeduplicationId !== undefined)
    rows.push(['MessageDeduplicationId', message.MessageDeduplicationId]);
  if (message.SequenceNumber !== undefined) rows.push(['SequenceNumber', message.SequenceNumber]);
  if (message.DeadLetterQueueSourceArn !== undefined)
    rows.push(['DeadLetterQueueSourceArn', message.DeadLetterQueueSourceArn]);
  for (const [name, value] of Object.entries(message.MessageAttributes))
    rows.push([`${name} (${value.DataType})`, attributeText(value)]);
  return (
    <section aria-label={`Details of m-${message.N}`} className="mt-3">
      <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        m-{message.N}
      </h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-mono text-slate-500 dark:text-slate-400">{k}</dt>
            <dd className="font-mono break-all text-slate-900 dark:text-slate-100">{v}</dd>
          </div>
        ))}
      </dl>
      <pre className="mt-2 max-h-32 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap text-slate-900 dark:bg-slate-800 dark:text-slate-100">
        {message.Body}
      </pre>
    </section>
  );
}
