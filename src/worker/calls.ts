import type { Engine } from '../engine';
import type { FromWorker } from '../protocol/messages';

/** What a call needs of the host: the world once loaded, and who to tell that it acted. */
export interface CallHost {
  post: (message: FromWorker) => void;
  /** Settles when the latest load has finished: a call sent with a load runs in the new world. */
  loaded: () => Promise<void>;
  engine: () => Engine | undefined;
  /** A call is about to act on the world (the rewinder records it to replay it). */
  calling: (now: number, service: string, action: string, input: unknown) => void;
  /** The world has changed: the next frame must go out. */
  changed: () => void;
}

/**
 * The AWS calls the main thread makes (Send tab, message browser), each answered exactly once:
 * with its value, its error, or, when the world it waits in goes away, why it never will settle.
 */
export class Calls {
  readonly #host: CallHost;
  readonly #pending = new Set<number>();

  constructor(host: CallHost) {
    this.#host = host;
  }

  /** Whether any call still waits (a long poll): a rewind would cut it off. */
  get waiting(): boolean {
    return this.#pending.size > 0;
  }

  async call(requestId: number, service: string, action: string, input: unknown): Promise<void> {
    this.#pending.add(requestId);
    await this.#host.loaded();
    const engine = this.#host.engine();
    if (engine === undefined) {
      this.#fail(requestId, 'NoWorld', 'No world is running (it failed or did not load).');
      return;
    }
    try {
      this.#host.calling(engine.now(), service, action, input);
      const pending = engine.call(service, action, input);
      this.#host.changed();
      const value = await pending;
      if (this.#pending.delete(requestId))
        this.#host.post({ type: 'reply', requestId, ok: true, value });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      this.#fail(requestId, name, messageOf(error));
    }
  }

  /** Calls still waiting in a world that is gone would never settle: answer them now. */
  abandon(name: string, message: string): void {
    for (const requestId of [...this.#pending]) this.#fail(requestId, name, message);
  }

  #fail(requestId: number, name: string, message: string): void {
    if (this.#pending.delete(requestId))
      this.#host.post({ type: 'reply', requestId, ok: false, error: { name, message } });
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
