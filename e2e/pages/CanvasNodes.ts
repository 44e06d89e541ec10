import { expect, type Locator } from '@playwright/test';
import { escapeRegExp } from './text';

/** A queue node's live counts, as its accessible description reads them. */
export interface QueueCounts {
  visible: number;
  inFlight: number;
  delayed: number;
}

/** A consumer node's live counts, as its accessible description reads them. */
export interface ConsumerCounts {
  /** Jobs in progress now. */
  jobs: number;
  deleted: number;
  failed: number;
}

/** The nodes on the canvas, read through their accessible names and descriptions. */
export class CanvasNodes {
  constructor(private readonly canvas: Locator) {}

  /** Every node on the canvas (React Flow gives each the role group, "node"). */
  all(): Locator {
    return this.canvas.locator('[aria-roledescription="node"]');
  }

  /** The node whose accessible name starts with `name` (a queue's QueueName, an actor's id). */
  node(name: string): Locator {
    return this.canvas.getByRole('group', { name: new RegExp(`^${escapeRegExp(name)}, `) });
  }

  /** The accessible names of every node, e.g. "orders, SQS standard queue". */
  async nodeNames(): Promise<string[]> {
    return this.all().evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  }

  /** The node's accessible description: its live counts (then React Flow's keyboard help). */
  async nodeDescription(name: string): Promise<string> {
    return this.node(name).evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  }

  async queueCounts(name: string): Promise<QueueCounts> {
    const text = await this.nodeDescription(name);
    return {
      visible: countIn(text, 'visible'),
      inFlight: countIn(text, 'in flight'),
      delayed: countIn(text, 'delayed'),
    };
  }

  async consumerCounts(name: string): Promise<ConsumerCounts> {
    const text = await this.nodeDescription(name);
    const jobs = /(\d+)\/\d+\s*jobs/.exec(text);
    return {
      jobs: jobs === null ? NaN : Number(jobs[1]),
      deleted: countIn(text, 'deleted'),
      failed: countIn(text, 'failed'),
    };
  }

  /** Waits until the queue's counts satisfy `check` (polled; no sleeps). */
  async waitForQueue(
    name: string,
    check: (c: QueueCounts) => boolean,
    timeout = 20_000,
  ): Promise<QueueCounts> {
    let last: QueueCounts | undefined;
    await expect
      .poll(
        async () => {
          last = await this.queueCounts(name);
          return check(last) ? 'met' : `queue ${name}: ${JSON.stringify(last)}`;
        },
        { timeout },
      )
      .toBe('met');
    return last as QueueCounts;
  }

  async waitForConsumer(
    name: string,
    check: (c: ConsumerCounts) => boolean,
    timeout = 20_000,
  ): Promise<ConsumerCounts> {
    let last: ConsumerCounts | undefined;
    await expect
      .poll(
        async () => {
          last = await this.consumerCounts(name);
          return check(last) ? 'met' : `consumer ${name}: ${JSON.stringify(last)}`;
        },
        { timeout },
      )
      .toBe('met');
    return last as ConsumerCounts;
  }

  /** Selects a node by clicking it on the canvas. */
  async selectNode(name: string): Promise<void> {
    await this.node(name).click();
  }
}

function countIn(text: string, label: string): number {
  const match = new RegExp(`(\\d+)\\s*${label}`).exec(text);
  return match === null ? NaN : Number(match[1]);
}
