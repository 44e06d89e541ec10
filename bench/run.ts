/**
 * `npm run bench`: prints the engine's figures. Targets (issue 2): at least 200,000 SQS cycles
 * per second through the door, within 10x of a bare array queue. The simulated day (every message
 * simulated faithfully: own id, receipt handle, timers, events) is printed with its cost per
 * message beside the bare queue's cost per cycle, so the ratio can be followed over time. SNS
 * (issue 9): at least 200,000 deliveries to SQS per second from a topic with ten filtered
 * subscriptions, and 1,000,000 filter-policy evaluations per second.
 */
import { bareCyclesPerSecond, sqsCyclesPerSecond } from './sqsCycles';
import { simulatedDay } from './simulatedDay';
import { filterEvaluationsPerSecond, snsDeliveriesPerSecond } from './snsFanout';

const CYCLES = 300_000;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

await sqsCyclesPerSecond(20_000); // warm up the JIT
const door = await sqsCyclesPerSecond(CYCLES);
const bare = await bareCyclesPerSecond(CYCLES);
console.log(`SQS cycles through the door (send, receive, delete): ${fmt(door)} /s`);
console.log(`Same cycle on a bare array queue (baseline):        ${fmt(bare)} /s`);
console.log(`Door vs baseline:                                    ${fmt(bare / door, 1)}x slower`);

const day = await simulatedDay();
const perMessageUs = (day.wallSeconds * 1e6) / day.messagesDeleted;
console.log(
  `24 h at 100 msg/s with 5 consumers:                  ${fmt(day.wallSeconds, 2)} s wall`,
);
console.log(
  `  simulated seconds per wall second:                 ${fmt(day.simulatedSecondsPerWallSecond)}`,
);
console.log(
  `  messages deleted: ${fmt(day.messagesDeleted)}, events: ${fmt(day.events)}, peak heap: ${fmt(day.peakHeapMiB, 1)} MiB`,
);
console.log(`  wall time per message (all work, GC included):  ${fmt(perMessageUs, 2)} µs`);
console.log(
  `  bare array queue per cycle: ${fmt(1e6 / bare, 3)} µs; a simulated message costs ${fmt(perMessageUs / (1e6 / bare), 0)}x that`,
);

await snsDeliveriesPerSecond(2_000); // warm up the JIT
const deliveries = await snsDeliveriesPerSecond(20_000);
console.log(`SNS deliveries to SQS (10 filtered subscriptions): ${fmt(deliveries)} /s`);
filterEvaluationsPerSecond(100_000, true);
const firstEvaluations = filterEvaluationsPerSecond(1_000_000, true);
const furtherEvaluations = filterEvaluationsPerSecond(1_000_000, false);
console.log(`Filter-policy evaluations (5 keys, 10 attributes):`);
console.log(
  `  message read and decided (a topic's first subscription): ${fmt(firstEvaluations)} /s`,
);
console.log(
  `  decided on a message already read (each further one):    ${fmt(furtherEvaluations)} /s`,
);
