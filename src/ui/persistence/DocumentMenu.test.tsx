import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_SCENARIOS, defaultScenario } from '../scenarios/catalogue';
import { scenarioToJson } from '../../persistence/scenarioJson';
import { AUTOSAVE_KEY } from '../../persistence/autosave';
import { shareFragment } from '../../persistence/shareLink';
import { StoreContext, createAppStore } from '../../store';
import { Notices } from '../notices/Notices';
import { noticesStore } from '../notices/noticesStore';
import { DocumentMenu } from './DocumentMenu';
import { openInitialDocument } from './DocumentPersistence';
import { openShareLink } from './openDocument';

const dlq = BUILT_IN_SCENARIOS.find((b) => b.id === 'dead-letter-queue')!.scenario;

function setup() {
  const store = createAppStore();
  render(
    <StoreContext.Provider value={store}>
      <DocumentMenu />
      <label>
        Name <input />
      </label>
      <Notices />
    </StoreContext.Provider>,
  );
  return store;
}

function rename(store: ReturnType<typeof createAppStore>, name: string) {
  act(() => store.getState().edit((s) => ({ ...s, name }), `Rename to ${name}`));
}

beforeEach(() => noticesStore.getState().clear());
afterEach(() => vi.restoreAllMocks());

describe('DocumentMenu', () => {
  it('undoes and redoes with buttons and with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
    const store = setup();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    rename(store, 'A');
    rename(store, 'B');
    fireEvent.click(undo);
    expect(store.getState().scenario.name).toBe('A');
    expect(redo).toBeEnabled();
    fireEvent.click(redo);
    expect(store.getState().scenario.name).toBe('B');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario.name).toBe('A');
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(store.getState().scenario.name).toBe('B');
    fireEvent.keyDown(window, { key: 'z', metaKey: true });
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    expect(store.getState().scenario.name).toBe('B');
    // A text field keeps Ctrl+Z for itself.
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Name' }), { key: 'z', ctrlKey: true });
    expect(store.getState().scenario.name).toBe('B');
  });

  it('imports a valid JSON file, undoably', async () => {
    const store = setup();
    const input = screen.getByLabelText('Scenario file to import');
    const file = new File([scenarioToJson(dlq)], 'dlq.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(store.getState().scenario).toEqual(dlq));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported “DLQ catching a poison message”.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().scenario.name).toBe('Untitled');
  });

  it('refuses an invalid file, lists the problems and keeps the canvas', async () => {
    const store = setup();
    rename(store, 'Mine');
    const before = store.getState().scenario;
    const file = new File([JSON.stringify({ ...dlq, version: 3 })], 'broken.json');
    fireEvent.change(screen.getByLabelText('Scenario file to import'), {
      target: { files: [file] },
    });
    const alert = await screen.findByRole('region', {
      name: /broken.json is not a valid scenario/,
    });
    expect(within(alert).getByText('version must be 1 (got 3).')).toBeInTheDocument();
    expect(store.getState().scenario).toBe(before);
    fireEvent.click(within(alert).getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByRole('region', { name: /broken.json/ })).not.toBeInTheDocument();
  });

  it('exports the document as a .json download', () => {
    const store = setup();
    act(() => store.getState().replaceScenario(structuredClone(dlq)));
    const createObjectURL = vi.fn(() => 'blob:scenario');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('dlq-catching-a-poison-message.json');
      expect(this.href).toBe('blob:scenario');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });

  it('copies a share link that opens the same scenario', async () => {
    const store = setup();
    act(() => store.getState().replaceScenario(structuredClone(dlq)));
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    await screen.findByText('Share link copied.');
    const url = writeText.mock.calls[0]![0];
    expect(url).toContain('#s=');
    const other = createAppStore();
    expect(openShareLink(other, new URL(url).hash)).toBe('opened');
    expect(other.getState().scenario).toEqual(dlq);
  });

  it('shows the link in a selectable field with a Copy button when the clipboard is denied', async () => {
    const store = setup();
    act(() => store.getState().replaceScenario(structuredClone(dlq)));
    const writeText = vi.fn(async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }));
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Copy the share link' },
      { timeout: 5_000 },
    );
    const field = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Share link' });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(field.selectionEnd - field.selectionStart).toBe(field.value.length);
    const other = createAppStore();
    expect(openShareLink(other, new URL(field.value).hash)).toBe('opened');
    expect(other.getState().scenario).toEqual(dlq);
    expect(screen.queryByRole('alert')).toBeEmptyDOMElement();

    writeText.mockResolvedValueOnce(undefined as never);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
    await within(dialog).findByText('Copied.', {}, { timeout: 5_000 });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers a short link while the document is an unedited built-in', async () => {
    const store = setup();
    const builtInButton = () => screen.queryByRole('button', { name: 'Copy built-in link' });
    expect(builtInButton()).not.toBeInTheDocument();
    act(() => store.getState().replaceScenario(structuredClone(dlq)));
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(builtInButton()!);
    await screen.findByText('Link to the built-in scenario copied.');
    expect(new URL(writeText.mock.calls[0]![0]).hash).toBe('#builtin=dead-letter-queue');
    rename(store, 'My own DLQ');
    expect(builtInButton()).not.toBeInTheDocument();
  });
});

describe('share links on start', () => {
  const storage = (scenario = defaultScenario()) => ({
    getItem: (key: string) => (key === AUTOSAVE_KEY ? scenarioToJson(scenario) : null),
    setItem: () => {},
  });

  it('opens a valid link with its seed, without undo history, and saves it at once', () => {
    const store = createAppStore();
    const saved = { ...storage(), setItem: vi.fn() };
    openInitialDocument(store, shareFragment(dlq), saved);
    expect(store.getState().scenario).toEqual(dlq);
    expect(store.getState().past).toEqual([]);
    expect(saved.setItem).toHaveBeenCalledWith(AUTOSAVE_KEY, scenarioToJson(dlq));
  });

  it('opens a #builtin= link', () => {
    const store = createAppStore();
    openInitialDocument(store, '#builtin=dead-letter-queue', storage());
    expect(store.getState().scenario).toEqual(dlq);
  });

  it('shows why an invalid link cannot open, and keeps the autosaved canvas', () => {
    const store = createAppStore();
    render(<Notices />);
    act(() => openInitialDocument(store, '#s=NoWayThisDecompresses', storage(dlq)));
    expect(store.getState().scenario).toEqual(dlq);
    const alert = screen.getByRole('region', { name: /share link could not be opened/ });
    expect(alert).toHaveTextContent(/damaged|not valid JSON/);
  });

  it('opens the decoupling scenario on a first visit', () => {
    const store = createAppStore();
    openInitialDocument(store, '', { getItem: () => null, setItem: () => {} });
    expect(store.getState().scenario.name).toBe('Decoupling with a buffer');
  });

  it('reports a link pasted later without touching the canvas', () => {
    const store = createAppStore();
    render(<Notices />);
    act(() => store.getState().replaceScenario(structuredClone(dlq)));
    let result = '';
    act(() => {
      result = openShareLink(store, '#s=abc');
    });
    expect(result).toBe('invalid');
    expect(store.getState().scenario).toEqual(dlq);
    expect(screen.getByRole('alert')).toHaveTextContent('current canvas is kept');
  });
});
