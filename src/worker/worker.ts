/**
 * The web worker's entry: the SimHost wired to postMessage, onmessage and a ~60 Hz tick.
 * Created from the client with
 * `new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' })`.
 */
import type { FromWorker, ToWorker } from '../protocol/messages';
import { SimHost } from './simHost';

/** One tick per display frame; a slow tick leaves at least MIN_GAP_MS for messages. */
const TICK_MS = 16;
const MIN_GAP_MS = 4;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const host = new SimHost({
  post: (message: FromWorker) => scope.postMessage(message),
  wallNow: () => performance.now(),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => host.handle(event.data);

function loop(): void {
  const started = performance.now();
  host.tick();
  const spent = performance.now() - started;
  setTimeout(loop, Math.max(MIN_GAP_MS, TICK_MS - spent));
}
loop();
