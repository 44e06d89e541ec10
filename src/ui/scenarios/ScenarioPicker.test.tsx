import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from './catalogue';
import { StoreContext, createAppStore } from '../../store';
import { Notices } from '../notices/Notices';
import { noticesStore } from '../notices/noticesStore';
import { Narration } from './Narration';
import { ScenarioPicker } from './ScenarioPicker';

function setup() {
  const store = createAppStore();
  render(
    <StoreContext.Provider value={store}>
      <ScenarioPicker />
      <Narration />
      <Notices />
    </StoreContext.Provider>,
  );
  return store;
}

describe('ScenarioPicker', () => {
  beforeEach(() => noticesStore.getState().clear());

  it('lists every built-in with its explanation and lessons, and opens one undoably', () => {
    const store = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Scenarios' }));
    const dialog = screen.getByRole('dialog', { name: 'Built-in scenarios' });
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(BUILT_IN_SCENARIOS.length);
    const dlq = within(dialog).getByRole('button', { name: 'DLQ catching a poison message' });
    expect(dlq).toHaveAccessibleDescription(
      /moves to the DLQ after 3 receives.*Lessons: Lesson 14: Dead-letter queues.*; Lesson 4: /,
    );
    // Hovering a badge says what the lesson is.
    expect(within(dlq).getByText('L14')).toHaveAttribute(
      'title',
      'Lesson 14: Dead-letter queues, maxReceiveCount and redrive',
    );
    // The first scenario has focus; arrow keys move between scenarios.
    expect(within(dialog).getByRole('button', { name: 'Decoupling with a buffer' })).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(
      within(dialog).getByRole('button', { name: 'Visibility timeout too short' }),
    ).toHaveFocus();

    fireEvent.click(dlq);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().scenario.name).toBe('DLQ catching a poison message');
    expect(store.getState().scenario).not.toBe(BUILT_IN_SCENARIOS[2]!.scenario);
    expect(screen.getByRole('status')).toHaveTextContent('Opened “DLQ catching a poison message”.');
    // The narration panel shows the explanation before the run starts.
    expect(
      screen.getByRole('heading', { name: 'DLQ catching a poison message' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Press play: 6 narration steps/)).toBeInTheDocument();
    act(() => store.getState().undo());
    expect(store.getState().scenario.name).toBe('Untitled');
    expect(screen.getByRole('button', { name: 'Scenarios' })).toHaveFocus();
  });

  it('closes with Escape and keeps the document', () => {
    const store = setup();
    const before = store.getState().scenario;
    fireEvent.click(screen.getByRole('button', { name: 'Scenarios' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store.getState().scenario).toBe(before);
  });
});

describe('Narration', () => {
  it('shows narration steps from actor/narrated events as they happen, with lesson ids', () => {
    const store = setup();
    act(() => store.getState().replaceScenario(structuredClone(BUILT_IN_SCENARIOS[1]!.scenario)));
    const start = 1_000_000;
    const narrated = (seq: number, at: number, text: string, lessons: string[]) => {
      const said = {
        type: 'actor/narrated',
        at: start + at,
        actor: 'scenario-script',
        text,
        lessons,
      };
      return frameOf(seq, at, said);
    };
    const frameOf = (seq: number, at: number, said: object) => ({
      runId: 0,
      now: start + at,
      startTime: start,
      playing: true,
      speed: 1 as const,
      gauges: { sqs: {}, actors: {} },
      eventsDropped: 0,
      events: [
        {
          type: 'sqs/sent',
          at: start + at,
          queue: 'q',
          messageId: 'x',
          n: seq,
          by: 'p',
          size: 1,
          delaySeconds: 0,
        },
        said,
      ],
      narration: [said],
    });
    act(() =>
      store
        .getState()
        .applyFrames([narrated(1, 31_500, 'm-1 is visible again.', ['L11']) as never]),
    );
    const list = screen.getByRole('list', { name: 'Narration' });
    expect(within(list).getByText('m-1 is visible again.')).toBeInTheDocument();
    expect(list).toHaveTextContent('0:31');
    expect(list).toHaveTextContent('Lessons: Lesson 11: Work longer than the visibility timeout');
    act(() =>
      store.getState().applyFrames([narrated(2, 46_500, 'Deleted once.', ['L12']) as never]),
    );
    const items = within(screen.getByRole('list', { name: 'Narration' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    // A new run starts the story again.
    act(() => store.getState().startRun(1));
    expect(screen.queryByRole('list', { name: 'Narration' })).not.toBeInTheDocument();
  });
});
