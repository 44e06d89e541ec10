import { useId, useState, type FormEvent } from 'react';
import { useSim } from '../../../../client/controls';
import { useAppStore } from '../../../../store';
import { asAwsError } from '../../../../ui/format/aws';
import { queueUrlOf } from '../names';
import { PanelEmpty, PanelHeading } from '../../../../ui/panels/PanelChrome';
import { isFifoName, queueNameOf } from '../names';

interface AttributeRow {
  key: number;
  name: string;
  type: 'String' | 'Number' | 'Binary';
  value: string;
}

type Outcome =
  | { ok: true; messageId: string; sequenceNumber?: string }
  | { ok: false; name: string; message: string };

const input =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-amber-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const labelClass = 'block font-mono text-xs font-semibold text-slate-800 dark:text-slate-200';

/** SendMessage by hand to the selected queue: what the engine answers, success or AWS error. */
export function SendMessageForm() {
  const queueName = useAppStore((s) => {
    const node = s.scenario.nodes.find((n) => n.id === s.selectedNodeId);
    return node === undefined ? undefined : queueNameOf(node);
  });
  if (queueName === undefined)
    return <PanelEmpty title="Send a message">Select a queue to send a message to it.</PanelEmpty>;
  return <SendForm key={queueName} queueName={queueName} />;
}

function SendForm({ queueName }: { queueName: string }) {
  const sim = useSim();
  const id = useId();
  const fifo = isFifoName(queueName);
  const [body, setBody] = useState('hello');
  const [groupId, setGroupId] = useState(fifo ? 'group-1' : '');
  const [dedupId, setDedupId] = useState('');
  const [delay, setDelay] = useState('');
  const [rows, setRows] = useState<AttributeRow[]>([]);
  const [nextKey, setNextKey] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [sending, setSending] = useState(false);

  const update = (key: number, change: Partial<AttributeRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input: Record<string, unknown> = { QueueUrl: queueUrlOf(queueName), MessageBody: body };
    if (rows.length > 0)
      input.MessageAttributes = Object.fromEntries(
        rows.map((r) => [
          r.name,
          r.type === 'Binary'
            ? { DataType: r.type, BinaryValue: r.value }
            : { DataType: r.type, StringValue: r.value },
        ]),
      );
    if (groupId !== '') input.MessageGroupId = groupId;
    if (dedupId !== '') input.MessageDeduplicationId = dedupId;
    // Sent as typed so the engine, not the form, judges it (it answers with the AWS error).
    if (delay.trim() !== '')
      input.DelaySeconds = /^-?\d+$/.test(delay.trim()) ? Number(delay) : delay;
    setSending(true);
    try {
      const out = await sim.call<{ MessageId: string; SequenceNumber?: string }>(
        'sqs',
        'SendMessage',
        input,
      );
      setOutcome({
        ok: true,
        messageId: out.MessageId,
        ...(out.SequenceNumber === undefined ? {} : { sequenceNumber: out.SequenceNumber }),
      });
    } catch (thrown) {
      setOutcome({ ok: false, ...asAwsError(thrown) });
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="p-3">
      <PanelHeading
        id={`${id}-heading`}
        title={`Send a message to ${queueName}`}
        subtitle="SendMessage, as your code would call it"
      />
      <form onSubmit={(e) => void submit(e)} className="space-y-2">
        <div>
          <label htmlFor={`${id}-body`} className={labelClass}>
            MessageBody
          </label>
          <textarea
            id={`${id}-body`}
            className={input}
            rows={3}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
          />
        </div>
        <fieldset className="rounded border border-slate-200 p-2 dark:border-slate-800">
          <legend className="px-1 font-mono text-xs font-semibold text-slate-800 dark:text-slate-200">
            MessageAttributes
          </legend>
          {rows.map((r, i) => (
            <div key={r.key} className="mb-1 grid grid-cols-[1fr_auto_1fr_auto] items-center gap-1">
              <input
                aria-label={`Attribute ${i + 1} name`}
                className={input}
                value={r.name}
                placeholder="Name"
                onChange={(e) => update(r.key, { name: e.currentTarget.value })}
              />
              <select
                aria-label={`Attribute ${i + 1} type`}
                className={input}
                value={r.type}
                onChange={(e) =>
                  update(r.key, { type: e.currentTarget.value as AttributeRow['type'] })
                }
              >
                <option>String</option>
                <option>Number</option>
                <option>Binary</option>
              </select>
              <input
                aria-label={`Attribute ${i + 1} value`}
                className={input}
                value={r.value}
                placeholder={r.type === 'Binary' ? 'base64' : 'Value'}
                onChange={(e) => update(r.key, { value: e.currentTarget.value })}
              />
              <button
                type="button"
                aria-label={`Remove attribute ${i + 1}`}
                className="rounded px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-amber-500 dark:hover:bg-slate-800"
                onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              >
                ✕
              </button>
            </div>
          ))}
          <button
            type="button"
            className="text-xs font-medium text-amber-800 hover:underline focus-visible:outline-2 focus-visible:outline-amber-500 dark:text-amber-300"
            onClick={() => {
              setRows((rs) => [...rs, { key: nextKey, name: '', type: 'String', value: '' }]);
              setNextKey((k) => k + 1);
            }}
          >
            Add attribute
          </button>
        </fieldset>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${id}-group`} className={labelClass}>
              MessageGroupId
            </label>
            <input
              id={`${id}-group`}
              className={input}
              value={groupId}
              placeholder={fifo ? 'required' : 'FIFO only'}
              onChange={(e) => setGroupId(e.currentTarget.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-dedup`} className={labelClass}>
              MessageDeduplicationId
            </label>
            <input
              id={`${id}-dedup`}
              className={input}
              value={dedupId}
              placeholder={fifo ? 'or ContentBasedDeduplication' : 'FIFO only'}
              onChange={(e) => setDedupId(e.currentTarget.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-delay`} className={labelClass}>
              DelaySeconds
            </label>
            <input
              id={`${id}-delay`}
              className={input}
              inputMode="numeric"
              value={delay}
              placeholder="queue's (0–900)"
              onChange={(e) => setDelay(e.currentTarget.value)}
            />
          </div>
        </div>
        <button
          type="submit"
          disabled={sending}
          className="rounded bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-amber-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:opacity-60"
        >
          Send message
        </button>
      </form>
      <div aria-live="polite" className="mt-2 text-sm">
        {outcome?.ok === true && (
          <p className="text-emerald-800 dark:text-emerald-300">
            Sent. MessageId <span className="font-mono break-all">{outcome.messageId}</span>
            {outcome.sequenceNumber !== undefined && (
              <>
                , SequenceNumber{' '}
                <span className="font-mono break-all">{outcome.sequenceNumber}</span>
              </>
            )}
            .
          </p>
        )}
        {outcome?.ok === false && (
          <p role="alert" className="text-red-700 dark:text-red-400">
            <span className="font-mono font-semibold">{outcome.name}</span>: {outcome.message}
          </p>
        )}
      </div>
    </section>
  );
}
