import type { FromWorker, ToWorker } from '../protocol/messages';

/**
 * The few things the client needs from a worker. The app wraps a real Worker; tests use an
 * in-process SimHost (src/worker/inProcessPort.ts), since jsdom cannot start workers.
 */
export interface WorkerPort {
  post(message: ToWorker): void;
  listen(onMessage: (message: FromWorker) => void, onError: (message: string) => void): void;
  terminate(): void;
}

export function workerPort(worker: Worker): WorkerPort {
  return {
    post: (message) => worker.postMessage(message),
    listen(onMessage, onError) {
      worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onError(event.message || 'The simulation worker could not start.');
      };
      worker.onmessageerror = () => onError('A message from the simulation worker was unreadable.');
    },
    terminate: () => worker.terminate(),
  };
}

/** The simulation worker, bundled by Vite as its own chunk. */
export function startSimWorker(): WorkerPort {
  return workerPort(
    new Worker(new URL('../worker/worker.ts', import.meta.url), {
      type: 'module',
      name: 'simulation',
    }),
  );
}
