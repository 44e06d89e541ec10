/**
 * `npm run bench`: prints the engine's figures. Targets (issue 2): at least 200,000 SQS cycles
 * per second through the door, within 10x of a bare array queue, and a simulated day in < 10 s.
 */
import { bareCyclesPerSecond, sqsCyclesPerSecond } from './sqsCycles';
import { simulatedDay } from './simulatedDay';

const CYCLES = 300_000;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

await sqsCyclesPerSecond(20_000); // warm up the JIT
const door = await sqsCyclesPerSecond(CYCLES);
const bare = await bareCyclesPerSecond(CYCLES);
console.log(`SQS cycles through the door (send, receive, delete): ${fmt(door)} /s`);
console.log(`Same cycle on a bare array queue (baseline):        ${fmt(bare)} /s`);
console.log(`Door vs baseline:                                    ${fmt(bare / door, 1)}x slower`);

const day = await simulatedDay();
console.log(
  `24 h at 100 msg/s with 5 consumers:                  ${fmt(day.wallSeconds, 2)} s wall`,
);
console.log(
  `  simulated seconds per wall second:                 ${fmt(day.simulatedSecondsPerWallSecond)}`,
);
console.log(
  `  messages deleted: ${fmt(day.messagesDeleted)}, events: ${fmt(day.events)}, peak heap: ${fmt(day.peakHeapMiB, 1)} MiB`,
);
console.log(
  `  wall time per message (all work, GC included):  ${fmt((day.wallSeconds * 1e6) / day.messagesDeleted, 2)} µs`,
);
