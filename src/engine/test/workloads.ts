import { workload as echo } from '../../test/echo/workload';
import { seedsFrom } from '../testing/seeds';
import type { Workload } from '../testing/workload';

/**
 * The workload of every service, found where each keeps it, and the echo's (the service a test
 * adds). A new service's folder brings its own: nothing to add here.
 */
const found = import.meta.glob<Workload>('../../services/*/engine/test/workload.ts', {
  eager: true,
  import: 'workload',
});

export const workloads: readonly Workload[] = [...Object.values(found), echo];

/** The seeds the properties run; more locally: WORKLOAD_SEEDS=1-50 npx vitest run properties */
export const SEEDS = seedsFrom('WORKLOAD_SEEDS') ?? [1, 2, 3];

/** The seeds whose runs, together, must answer every action of a workload's service. */
export const COVERAGE_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
