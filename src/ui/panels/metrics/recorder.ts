import type { HeldGauges } from '../../../engine';
import type { AppStore } from '../../../store';
import { Ring } from './ring';

/** About 12 minutes of 1-second samples at 1x; longer spans at higher speeds. */
export const CAPACITY = 720;
/** At most one sample per virtual second per node. */
export const MIN_INTERVAL_MS = 1000;

/** A ring's key: the gauges of `gauges()[service][resource]` (actors: `actors:<ActorId>`). */
export const gaugeKey = (service: string, resource: string) => `${service}:${resource}`;

/**
 * Samples every resource's and actor's numeric gauges into a ring each, keyed by virtual time:
 * whatever services report is recorded, so a new service's numbers chart with no change here.
 */
export class MetricsRecorder {
  private readonly rings = new Map<string, Ring>();
  private lastSample: number | undefined;
  private lastNow: number | undefined;
  private lastGauges: HeldGauges | undefined;
  /** Moves on with every sample and reset: what a chart redraws for. */
  version = 0;

  constructor(
    private readonly capacity = CAPACITY,
    private readonly minIntervalMs = MIN_INTERVAL_MS,
  ) {}

  /**
   * Called on every store change. Samples once per virtual second while the clock runs, and
   * whenever the world changed while the clock stood still (a message sent by hand while paused).
   */
  record(now: number, gauges: HeldGauges): void {
    const changedWhileStill = now === this.lastNow && gauges !== this.lastGauges;
    this.lastNow = now;
    this.lastGauges = gauges;
    if (this.lastSample !== undefined && now < this.lastSample) this.reset();
    if (
      this.lastSample !== undefined &&
      now - this.lastSample < this.minIntervalMs &&
      !changedWhileStill
    )
      return;
    this.lastSample = now;
    this.version++;
    for (const [service, resources] of Object.entries(gauges))
      for (const [name, values] of Object.entries(resources))
        // Each service's own interface types them; every gauges() answers plain objects.
        this.sample(gaugeKey(service, name), now, values as Readonly<Record<string, unknown>>);
  }

  ring(key: string): Ring | undefined {
    return this.rings.get(key);
  }

  reset(): void {
    this.rings.clear();
    this.lastSample = undefined;
    this.lastNow = undefined;
    this.lastGauges = undefined;
    this.version++;
  }

  /**
   * Flat out this runs for every node on every frame, so it allocates little beyond the sample's
   * values (and a new ring when the node's numeric gauges changed).
   */
  private sample(key: string, now: number, gauges: Readonly<Record<string, unknown>>): void {
    let ring = this.rings.get(key);
    if (ring === undefined || !sameNumericKeys(ring.keys, gauges)) {
      ring = new Ring(
        Object.keys(gauges).filter((k) => typeof gauges[k] === 'number'),
        this.capacity,
      );
      this.rings.set(key, ring);
    }
    ring.push(
      now,
      ring.keys.map((k) => gauges[k] as number),
    );
  }
}

/** Whether `keys` are exactly the numeric gauges, in order. */
function sameNumericKeys(
  keys: readonly string[],
  gauges: Readonly<Record<string, unknown>>,
): boolean {
  let i = 0;
  for (const k in gauges) {
    if (typeof gauges[k] !== 'number') continue;
    if (keys[i] !== k) return false;
    i++;
  }
  return i === keys.length;
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
