import type { Scenario } from '../engine';
import type {
  FrameBatch,
  FromWorker,
  HistoryAnswer,
  HistoryQuery,
  Speed,
  ToWorker,
} from '../protocol/messages';
import { startSimWorker, type WorkerPort } from './workerPort';

type Listener<A extends unknown[]> = (...args: A) => void;

/** An error answered by the engine, with the AWS error code as its name. */
export class SimCallError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * The main thread's side of the worker protocol (src/protocol/messages.ts): typed commands, calls
 * matched to their replies by requestId, and listeners for frames, loads and failures.
 */
export class SimClient {
  readonly #port: WorkerPort;
  #nextRequestId = 1;
  #lastRunId = 0;
  readonly #calls = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  readonly #histories = new Map<number, (answer: HistoryAnswer) => void>();
  readonly #frame = new Set<Listener<[FrameBatch]>>();
  readonly #loaded = new Set<Listener<[number, string[]]>>();
  readonly #failed = new Set<Listener<[number, string]>>();

  constructor(port: WorkerPort) {
    this.#port = port;
    port.listen(
      (message) => this.#receive(message),
      (message) => this.#failed.forEach((l) => l(this.#lastRunId, message)),
    );
  }

  load(runId: number, scenario: Scenario): void {
    this.#lastRunId = runId;
    this.#send({ type: 'load', runId, scenario });
  }
  play(): void {
    this.#send({ type: 'play' });
  }
  /** `shownFrame`: the frame the user sees; the worker stops there, not where it has got to. */
  pause(shownFrame?: number): void {
    this.#send(shownFrame === undefined ? { type: 'pause' } : { type: 'pause', shownFrame });
  }
  setSpeed(speed: Speed): void {
    this.#send({ type: 'speed', speed });
  }
  step(): void {
    this.#send({ type: 'step' });
  }
  jump(ms: number): void {
    this.#send({ type: 'jump', ms });
  }
  ack(frame: number): void {
    this.#send({ type: 'ack', frame });
  }
  setHidden(hidden: boolean): void {
    this.#send({ type: 'hidden', hidden });
  }

  call<T = Record<string, unknown>>(service: string, action: string, input: unknown): Promise<T> {
    const requestId = this.#nextRequestId++;
    return new Promise<T>((resolve, reject) => {
      this.#calls.set(requestId, { resolve: resolve as (v: unknown) => void, reject });
      this.#send({ type: 'call', requestId, service, action, input });
    });
  }

  /** The run's archived events about a message or node (the worker keeps more than the log). */
  history(query: HistoryQuery): Promise<HistoryAnswer> {
    const requestId = this.#nextRequestId++;
    return new Promise((resolve) => {
      this.#histories.set(requestId, resolve);
      this.#send({ type: 'history', requestId, query });
    });
  }

  onFrame(listener: Listener<[FrameBatch]>): () => void {
    return subscribe(this.#frame, listener);
  }
  onLoaded(listener: Listener<[runId: number, problems: string[]]>): () => void {
    return subscribe(this.#loaded, listener);
  }
  onFailed(listener: Listener<[runId: number, message: string]>): () => void {
    return subscribe(this.#failed, listener);
  }

  /** Stops the worker; calls still waiting are rejected. */
  dispose(): void {
    this.#port.terminate();
    for (const { reject } of this.#calls.values())
      reject(new SimCallError('SimulationStopped', 'The simulation was shut down.'));
    this.#calls.clear();
    this.#histories.clear();
    this.#frame.clear();
    this.#loaded.clear();
    this.#failed.clear();
  }

  #send(message: ToWorker): void {
    this.#port.post(message);
  }

  #receive(message: FromWorker): void {
    switch (message.type) {
      case 'frame':
        this.#frame.forEach((l) => l(message));
        return;
      case 'loaded':
        this.#loaded.forEach((l) => l(message.runId, message.problems));
        return;
      case 'failed':
        this.#failed.forEach((l) => l(message.runId, message.message));
        return;
      case 'history':
        this.#histories.get(message.requestId)?.(message);
        this.#histories.delete(message.requestId);
        return;
      case 'reply': {
        const waiter = this.#calls.get(message.requestId);
        if (waiter === undefined) return;
        this.#calls.delete(message.requestId);
        if (message.ok) waiter.resolve(message.value);
        else waiter.reject(new SimCallError(message.error.name, message.error.message));
        return;
      }
    }
  }
}

function subscribe<L>(set: Set<L>, listener: L): () => void {
  set.add(listener);
  return () => set.delete(listener);
}

/** The app's client: a real worker. */
export function createWorkerClient(): SimClient {
  return new SimClient(startSimWorker());
}
