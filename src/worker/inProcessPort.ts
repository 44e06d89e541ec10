import type { WorkerPort } from '../client/workerPort';
import type { FromWorker, ToWorker } from '../protocol/messages';
import { SimHost, type SimHostOptions } from './simHost';

export interface InProcessPort extends WorkerPort {
  host: SimHost;
  /** Everything the client posted, oldest first (for assertions). */
  sent: ToWorker[];
  terminated: boolean;
}

/**
 * A SimHost in the same thread, behind the WorkerPort a real worker would have. Messages cross
 * in a microtask each way, as asynchronously as postMessage; the caller drives `host.tick()`.
 * For component tests (jsdom cannot start workers) and Node scripts.
 */
export function inProcessPort(options: Omit<SimHostOptions, 'post'>): InProcessPort {
  let deliver: (message: FromWorker) => void = () => {};
  const port: InProcessPort = {
    sent: [],
    terminated: false,
    host: new SimHost({
      ...options,
      post: (message) => {
        const copy = structuredClone(message);
        queueMicrotask(() => {
          if (!port.terminated) deliver(copy);
        });
      },
    }),
    post(message) {
      port.sent.push(message);
      const copy = structuredClone(message);
      queueMicrotask(() => {
        if (!port.terminated) port.host.handle(copy);
      });
    },
    listen(onMessage) {
      deliver = onMessage;
    },
    terminate() {
      port.terminated = true;
    },
  };
  return port;
}
