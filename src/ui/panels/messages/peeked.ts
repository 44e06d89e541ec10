import { countdown } from '../../format/time';

/** PeekMessages' answer, as it crosses the worker boundary (src/engine/services/playground/peekMessages.ts). */
export interface PeekedAttribute {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
}

export interface PeekedMessage {
  MessageId: string;
  N: number;
  Body: string;
  State: 'delayed' | 'visible' | 'inflight';
  ReceiveCount: number;
  SentTimestamp: number;
  VisibleAt?: number;
  ReceivedAt?: number;
  VisibilityTimeout?: number;
  MessageAttributes: Record<string, PeekedAttribute>;
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
  SequenceNumber?: string;
  DeadLetterQueueSourceArn?: string;
}

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
