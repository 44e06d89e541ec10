import { CanvasNodes } from './CanvasNodes';
import { TimeBar } from './TimeBar';
import { escapeRegExp } from './text';
import type { ScenarioSnapshot, TestHook } from './testHook';
import { expect, type ConsoleMessage, type Locator, type Page } from '@playwright/test';

export type PaletteLabel =
  | 'Producer'
  | 'SQS queue (standard)'
  | 'SQS queue (FIFO)'
  | 'Consumer'
  | 'Lambda function'
  | 'Autoscaling consumer group';

/**
 * The playground as a user sees it. Specs talk to this, not to selectors. Everything goes through
 * roles and accessible names; the test hook is used only for what the UI does not show (the seed,
 * the whole scenario document).
 */
export class PlaygroundPage {
  readonly heading: Locator;
  /** Play, pause, step, jump, speed: `playground.time.play()`. */
  readonly time: TimeBar;
  readonly timeControls: Locator;
  readonly status: Locator;
  readonly clock: Locator;
  readonly jumpProgress: Locator;
  readonly canvas: Locator;
  readonly nodes: CanvasNodes;
  readonly palette: Locator;
  readonly connectForm: Locator;
  readonly sidePanel: Locator;
  readonly eventLog: Locator;
  readonly notifications: Locator;
  readonly errorNotices: Locator;
  readonly infoNotices: Locator;
  /** Console errors and uncaught page errors since this object was created. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Messaging Playground' });
    this.time = new TimeBar(page);
    this.timeControls = this.time.controls;
    this.status = this.time.status;
    this.clock = this.time.clock;
    this.jumpProgress = this.time.jumpProgress;
    this.canvas = page.getByRole('application');
    this.nodes = new CanvasNodes(this.canvas);
    this.palette = page.getByRole('region', { name: 'Add to the canvas' });
    this.connectForm = page.getByRole('form', { name: 'Connect' });
    this.sidePanel = page.getByRole('region', { name: 'Details' });
    this.eventLog = page.getByRole('region', { name: 'Event log', exact: true });
    this.notifications = page.getByLabel('Notifications');
    this.errorNotices = this.notifications.getByRole('alert');
    this.infoNotices = this.notifications.getByRole('status');
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
  }

  // --- Loading ---------------------------------------------------------------------------------

  /**
   * Opens the app (optionally with a fragment such as `#s=...`, or a whole URL such as a share
   * link) and waits for the world to load.
   */
  async goto(hashOrUrl = ''): Promise<void> {
    await this.page.goto(/^https?:/.test(hashOrUrl) ? hashOrUrl : `/${hashOrUrl}`);
    await expect(this.heading).toBeVisible();
    await this.waitUntilLoaded();
  }

  /** Waits until the worker has loaded the current document (status Paused or Running). */
  async waitUntilLoaded(): Promise<void> {
    await expect(this.status).toHaveText(/^(Paused|Running)/, { timeout: 15_000 });
  }

  /** The scenario name the top bar shows. */
  scenarioName(): Locator {
    return this.page.getByRole('banner').getByText(/^Scenario: \S/);
  }

  async expectScenarioName(name: string): Promise<void> {
    await expect(this.scenarioName()).toHaveText(`Scenario: ${name}`);
  }

  /** Opens a built-in scenario from the Scenarios dialog by its name. */
  async openScenario(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Scenarios', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Built-in scenarios' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name, exact: true }).click();
    await expect(dialog).toBeHidden();
    await this.expectScenarioName(name);
    await this.waitUntilLoaded();
  }

  /** Presses Space wherever focus is now. */
  async pressSpace(): Promise<void> {
    await this.page.keyboard.press('Space');
  }

  // --- Building ----------------------------------------------------------------------------------

  /** Adds a node from the palette by click, or by keyboard (focus the item and press Enter). */
  async addFromPalette(label: PaletteLabel, how: 'click' | 'keyboard' = 'click'): Promise<void> {
    const count = await this.nodes.all().count();
    const item = this.palette.getByRole('button', { name: `Add ${label}`, exact: true });
    if (how === 'click') await item.click();
    else {
      await item.focus();
      await this.page.keyboard.press('Enter');
    }
    await expect(this.nodes.all()).toHaveCount(count + 1);
  }

  /** Connects two nodes with the keyboard Connect form; `from`/`to` are display names. */
  async connect(from: string, to: string): Promise<string> {
    const option = async (select: Locator, name: string) => {
      const label = await select
        .getByRole('option')
        .filter({ hasText: new RegExp(`^${escapeRegExp(name)} \\(`) })
        .textContent();
      if (label === null) throw new Error(`No node "${name}" in the Connect form`);
      await select.selectOption({ label });
    };
    await option(this.connectForm.getByLabel('From'), from);
    await option(this.connectForm.getByLabel('To'), to);
    await this.connectForm.getByRole('button', { name: 'Connect', exact: true }).click();
    const result = this.connectForm.getByRole('status');
    await expect(result).not.toBeEmpty();
    return (await result.textContent()) ?? '';
  }

  /** Deletes every node through the canvas: select it, press Delete. */
  async clearCanvas(): Promise<void> {
    for (let left = await this.nodes.all().count(); left > 0; left--) {
      await this.nodes.all().first().click();
      await this.page.keyboard.press('Delete');
      await expect(this.nodes.all()).toHaveCount(left - 1);
    }
  }

  // --- Side panel --------------------------------------------------------------------------------

  async openTab(name: 'Story' | 'Inspector' | 'Messages' | 'Send'): Promise<Locator> {
    await this.sidePanel.getByRole('tab', { name, exact: true }).click();
    return this.sidePanel.getByRole('tabpanel', { name });
  }

  /** The narration steps the Story tab shows, oldest first. */
  async storySteps(): Promise<Locator> {
    const panel = await this.openTab('Story');
    return panel.getByRole('list', { name: 'Narration' }).getByRole('listitem');
  }

  /** The Inspector's input for the setting `awsName` (its label is the AWS name). */
  async inspectorField(awsName: string): Promise<Locator> {
    const panel = await this.openTab('Inspector');
    return panel.getByLabel(awsName, { exact: true });
  }

  /** Types a value into an Inspector field and commits it with Enter. */
  async setInspectorField(awsName: string, value: string): Promise<void> {
    const field = await this.inspectorField(awsName);
    await field.fill(value);
    await field.press('Enter');
  }

  /** The refusal shown under the field (role alert), once there is one. */
  async inspectorError(awsName: string): Promise<Locator> {
    const field = await this.inspectorField(awsName);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
    const errorId = ids.find((id) => id.endsWith('-error'));
    if (errorId === undefined) throw new Error(`${awsName} has no error description`);
    return this.page.locator(`[id="${errorId}"]`);
  }

  // --- Event log ---------------------------------------------------------------------------------

  /** Filters the event log by free text (its search box). */
  async searchEvents(text: string): Promise<void> {
    await this.eventLog.getByRole('searchbox', { name: 'Search events' }).fill(text);
  }

  /** Lines the event log has drawn (it draws only the rows in view, newest at the bottom). */
  eventLines(): Locator {
    return this.eventLog.getByRole('list', { name: 'Events' }).getByRole('listitem');
  }

  eventLine(text: string | RegExp): Locator {
    return this.eventLines().filter({ hasText: text });
  }

  // --- Documents ---------------------------------------------------------------------------------

  /**
   * Copies the share link with the document menu and returns it: from the clipboard when the copy
   * worked (the context needs clipboard permissions), else from the error notice's fallback text.
   */
  async copyShareLink(): Promise<string> {
    await this.documentToolbar().getByRole('button', { name: 'Copy share link' }).click();
    const copied = this.infoNotices.getByRole('region', { name: 'Share link copied.' });
    const manual = this.page.getByRole('dialog', { name: 'Copy the share link' });
    await expect(copied.or(manual)).toBeVisible();
    if (await copied.isVisible()) return this.page.evaluate(() => navigator.clipboard.readText());
    return manual.getByRole('textbox', { name: 'Share link' }).inputValue();
  }

  /** Undo, Redo, Export/Import JSON and the share links. */
  documentToolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Document' });
  }

  /** Imports a scenario file through Import JSON's file chooser. */
  async importJson(name: string, json: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.documentToolbar().getByRole('button', { name: 'Import JSON' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(json) });
  }

  /** Dismisses every notice on screen (infos also fade by themselves after a few seconds). */
  async dismissNotices(): Promise<void> {
    const dismiss = this.notifications.getByRole('button', { name: /^Dismiss: / });
    for (let left = await dismiss.count(); left > 0; left--) {
      await dismiss.first().click();
      await expect(dismiss).toHaveCount(left - 1);
    }
  }

  /** Whether the page itself scrolls (the app is meant to fit the viewport, panels scrolling). */
  async pageOverflows(): Promise<{ width: boolean; height: boolean }> {
    return this.page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return {
        width: root.scrollWidth > window.innerWidth,
        height: root.scrollHeight > window.innerHeight,
      };
    });
  }

  /** The error notice titled `title` (role alert region). */
  errorNotice(title: string): Locator {
    return this.errorNotices.getByRole('region', { name: title });
  }

  // --- Test hook (only what the UI does not show) ------------------------------------------------

  /** The scenario document, through `window.__playground` (test builds only). */
  async scenario(): Promise<ScenarioSnapshot> {
    return this.page.evaluate(() => {
      const hook = (window as unknown as { __playground?: TestHook }).__playground;
      if (hook === undefined)
        throw new Error('window.__playground is missing: serve a `vite build --mode e2e` build');
      return JSON.parse(JSON.stringify(hook.store.getState().scenario)) as ScenarioSnapshot;
    });
  }

  /** The node selected in the document, through `window.__playground` (test builds only). */
  async selectedNodeId(): Promise<string | undefined> {
    return this.page.evaluate(() => {
      const hook = (window as unknown as { __playground?: TestHook }).__playground;
      return hook?.store.getState().selectedNodeId;
    });
  }

  // --- Screens -----------------------------------------------------------------------------------

  async useColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme });
    await expect
      .poll(() =>
        this.page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches),
      )
      .toBe(scheme === 'dark');
  }
}
