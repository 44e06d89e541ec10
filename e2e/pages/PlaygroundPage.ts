import type { ConsoleMessage, Locator, Page } from '@playwright/test';

/** The playground as a user sees it. Specs talk to this, not to selectors. */
export class PlaygroundPage {
  readonly heading: Locator;
  /** Console errors and uncaught page errors since this object was created. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Messaging Playground' });
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }
}
