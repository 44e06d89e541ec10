import type { PeekedMessage } from '../../../../../engine';
import { countdown } from '../../../../../ui/format/time';

/** PeekMessages' answer, as the engine defines it (it crosses the worker boundary as data). */
export type { PeekedMessage };
type PeekedAttribute = PeekedMessage['MessageAttributes'][string];

export const STATE_LABEL: Record<PeekedMessage['State'], string> = {
  visible: 'visible',
  inflight: 'in flight',
  delayed: 'delayed',
};

/** The timer that matters for a message now: its delay or its visibility timeout running out. */
export function timerOf(message: PeekedMessage, now: number): string {
  if (message.VisibleAt === undefined || message.State === 'visible') return '—';
  const left = countdown(message.VisibleAt - now);
  return message.State === 'delayed' ? `visible in ${left}` : `visible again in ${left}`;
}

export function attributeText(value: PeekedAttribute): string {
  if (value.StringValue !== undefined) return value.StringValue;
  if (value.BinaryValue !== undefined) return `${value.BinaryValue.length} bytes`;
  return '';
}
