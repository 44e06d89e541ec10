import type { WorldGauges } from '../../../engine';
import type { AppStore } from '../../../store';
import { Ring } from './ring';

/** About 12 minutes of 1-second samples at 1x; longer spans at higher speeds. */
export const CAPACITY = 720;
/** At most one sample per virtual second per node. */
export const MIN_INTERVAL_MS = 1000;

/**
 * Samples every queue's and actor's numeric gauges into a ring per node, keyed by virtual time.
 * Keys: `sqs:<QueueName>` and `actor:<ActorId>`.
 */
export class MetricsRecorder {
  private readonly rings = new Map<string, Ring>();
  private lastSample: number | undefined;

  constructor(
    private readonly capacity = CAPACITY,
    private readonly minIntervalMs = MIN_INTERVAL_MS,
  ) {}

  record(now: number, gauges: WorldGauges): void {
    if (this.lastSample !== undefined && now < this.lastSample) this.reset();
    if (this.lastSample !== undefined && now - this.lastSample < this.minIntervalMs) return;
    this.lastSample = now;
    for (const [name, g] of Object.entries(gauges.sqs))
      this.sample(`sqs:${name}`, now, g as unknown as Record<string, unknown>);
    for (const [id, g] of Object.entries(gauges.actors)) this.sample(`actor:${id}`, now, g);
  }

  ring(key: string): Ring | undefined {
    return this.rings.get(key);
  }

  reset(): void {
    this.rings.clear();
    this.lastSample = undefined;
  }

  private sample(key: string, now: number, gauges: Record<string, unknown>): void {
    const keys = Object.keys(gauges).filter((k) => typeof gauges[k] === 'number');
    let ring = this.rings.get(key);
    if (ring === undefined || ring.keys.join() !== keys.join()) {
      ring = new Ring(keys, this.capacity);
      this.rings.set(key, ring);
    }
    ring.push(
      now,
      keys.map((k) => gauges[k] as number),
    );
  }
}

const recorders = new WeakMap<AppStore, MetricsRecorder>();

/**
 * The recorder of a store, subscribed on first use; a new run starts it over. Call it once at
 * start-up to keep history from the first frame, whether or not a chart is on screen.
 */
export function recorderFor(store: AppStore): MetricsRecorder {
  const recorder = recorders.get(store);
  if (recorder !== undefined) return recorder;
  const created = new MetricsRecorder();
  recorders.set(store, created);
  let runId = store.getState().runId;
  store.subscribe((state) => {
    if (state.runId !== runId) {
      runId = state.runId;
      created.reset();
    }
    created.record(state.now, state.gauges);
  });
  return created;
}
