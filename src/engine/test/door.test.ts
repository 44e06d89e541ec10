import { describe, expect, it } from 'vitest';
import { createQueue, expectError, newEngine } from '../testing/sqs';

/** What any caller can hand the door: names and inputs the engine must refuse, never obey or throw on. */
describe('the door', () => {
  it('finds actions only among the services’ own: prototype names are unknown operations', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'orders');
    const names = [
      ['sqs', 'constructor'],
      ['sqs', '__proto__'],
      ['sqs', 'hasOwnProperty'],
      ['playground', 'valueOf'],
      ['__proto__', 'constructor'],
      ['constructor', 'constructor'],
      ['constructor', 'assign'],
    ] as const;
    for (const [service, action] of names)
      await expectError(
        engine.call(service, action, { QueueUrl: url }),
        'UnknownOperationException',
      );
    // An action that is not even a string (JSON can carry {"toString":1}) is unknown too.
    const odd = JSON.parse('{"toString":1}') as string;
    await expectError(engine.call('sqs', odd, {}), 'UnknownOperationException');
    // Nothing above reached the world: the queue is still there.
    expect(await engine.call('sqs', 'ListQueues', {})).toEqual({ QueueUrls: [url] });
  });

  it('refuses what a JSON body cannot carry (BigInt, cycles, functions) as SerializationException', async () => {
    const engine = newEngine();
    const url = await createQueue(engine, 'q');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const inputs: unknown[] = [
      { QueueUrl: url, MaxNumberOfMessages: 5n },
      { QueueName: 'x', Attributes: { VisibilityTimeout: 5n } },
      { QueueUrl: url, ReceiptHandle: cyclic },
      { QueueUrl: url, MessageBody: () => 'hi' },
      { QueueUrl: url, MessageBody: new Date(0) },
    ];
    for (const input of inputs) {
      let answer: Promise<unknown> = Promise.resolve();
      expect(() => (answer = engine.call('sqs', 'SendMessage', input))).not.toThrow();
      await expectError(answer, 'SerializationException');
    }
    expect(await engine.call('sqs', 'ListQueues', {})).toEqual({ QueueUrls: [url] });
  });

  it('reads a hole in a list as a missing item, refused by the action’s own check', async () => {
    const engine = newEngine();
    // Structured clone (the worker's postMessage) keeps holes.
    const Steps: unknown[] = new Array<unknown>(1);
    await expectError(
      engine.call('playground', 'CreateActor', {
        ActorId: 's1',
        Kind: 'script',
        Config: { Steps },
      }),
      'ValidationException',
      /Steps\[0\] must be an object/,
    );
  });

  it('refuses an actor Kind named after a prototype member', async () => {
    const engine = newEngine();
    for (const Kind of ['constructor', 'toString', '__proto__', 'kafka'])
      await expectError(
        engine.call('playground', 'CreateActor', {
          ActorId: 'a1',
          Kind,
          Config: { QueueUrl: 'q' },
        }),
        'ValidationException',
      );
    expect(await engine.call('playground', 'ListActors', {})).toEqual({ Actors: [] });
  });

  it('lets a failing script step fail as an event: the advance reaches its target', async () => {
    const engine = newEngine();
    await engine.call('playground', 'CreateActor', {
      ActorId: 'script',
      Kind: 'script',
      Config: {
        Steps: [
          {
            at: 1000,
            service: 'playground',
            action: 'CreateActor',
            input: { ActorId: 'x', Kind: 'constructor' },
          },
        ],
      },
    });
    const start = engine.now();
    engine.advanceBy(5000);
    expect(engine.now()).toBe(start + 5000);
    const failed = engine.drain().filter((e) => e.type === 'actor/script-step-failed');
    expect(failed).toMatchObject([{ error: 'ValidationException' }]);
  });

  it('advances only by safe whole milliseconds, with a RangeError for anything else', () => {
    const engine = newEngine();
    const start = engine.now();
    const symbol = Symbol('t') as unknown as number;
    expect(() => engine.advanceBy(symbol)).toThrow(RangeError);
    expect(() => engine.advanceTo(symbol)).toThrow(RangeError);
    expect(() => engine.advanceBy(2 ** 53)).toThrow(RangeError);
    expect(() => engine.advanceBy(Number.MAX_SAFE_INTEGER - start + 1)).toThrow(RangeError);
    expect(() => engine.advanceTo(2 ** 53)).toThrow(RangeError);
    expect(engine.now()).toBe(start);
    engine.advanceTo(Number.MAX_SAFE_INTEGER);
    expect(engine.now()).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('answers with copies: editing an answer never edits the stored message', async () => {
    const engine = newEngine();
    const QueueUrl = await createQueue(engine, 'q');
    const binary = Uint8Array.of(1, 2, 3);
    await engine.call('sqs', 'SendMessage', {
      QueueUrl,
      MessageBody: 'hello',
      MessageAttributes: {
        bin: { DataType: 'Binary', BinaryValue: binary },
        s: { DataType: 'String', StringValue: 'v' },
      },
    });
    binary.fill(7); // the caller's own array, after the send
    type Attrs = Record<string, { StringValue?: string; BinaryValue?: Uint8Array }>;
    const receiveOnce = async () =>
      (
        await engine.call<{
          Messages: { MessageAttributes: Attrs; MD5OfMessageAttributes: string }[];
        }>('sqs', 'ReceiveMessage', {
          QueueUrl,
          MessageAttributeNames: ['All'],
          VisibilityTimeout: 0,
        })
      ).Messages[0];
    const first = await receiveOnce();
    first?.MessageAttributes.bin?.BinaryValue?.fill(9);
    const peek = await engine.call<{ Messages: { MessageAttributes: Attrs }[] }>(
      'playground',
      'PeekMessages',
      { QueueUrl },
    );
    const peeked = peek.Messages[0]?.MessageAttributes as Attrs;
    (peeked.s as { StringValue?: string }).StringValue = 'EDITED';
    peeked.added = { StringValue: 'x' };
    const second = await receiveOnce();
    expect(second?.MD5OfMessageAttributes).toBe(first?.MD5OfMessageAttributes);
    expect([...(second?.MessageAttributes.bin?.BinaryValue ?? [])]).toEqual([1, 2, 3]);
    expect(Object.keys(second?.MessageAttributes ?? {})).toEqual(['bin', 's']);
  });
});
