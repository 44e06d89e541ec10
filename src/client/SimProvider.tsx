import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useAppStoreApi, type AppState } from '../store';
import { installTestHook } from '../testHook';
import { SimContext, type SimControls } from './controls';
import { FrameSink } from './frameSink';
import { createWorkerClient, SimCallError, type SimClient } from './simClient';
import { worldKey } from './worldKey';

export interface SimProviderProps {
  children: ReactNode;
  /** The app starts a real worker; tests pass an in-process client. Keep it referentially stable. */
  createClient?: () => SimClient;
  /** Called, with the state after the edit, when an edit restarts a run that had moved on. */
  onSetupRestart?: (state: AppState) => void;
}

interface Session {
  client: SimClient;
  sink: FrameSink;
  reset: () => void;
}

/**
 * Runs the document's world in the simulation worker and provides SimControls. A new run starts
 * whenever the world changes (not when a node is only moved or the scenario renamed); the worker
 * keeps playing or paused across it. Frames reach the store once per animation frame.
 */
export function SimProvider({
  children,
  createClient = createWorkerClient,
  onSetupRestart,
}: SimProviderProps) {
  const store = useAppStoreApi();
  const session = useRef<Session | null>(null);
  // A ref, so a new callback never restarts the worker session.
  const restartListener = useRef(onSetupRestart);
  useEffect(() => {
    restartListener.current = onSetupRestart;
  }, [onSetupRestart]);

  const controls = useMemo<SimControls>(
    () => ({
      play: () => session.current?.client.play(),
      pause: () => {
        const current = session.current;
        if (current === null) return;
        // The worker runs ahead of the display: it stops at the frame the user sees, and the
        // frames it posted beyond that wait in the sink until it says they are void.
        const { runId, frame, status } = store.getState();
        if (status !== 'ready' || frame === 0) return current.client.pause();
        current.sink.holdAfter(runId, frame);
        current.client.pause(frame);
      },
      setSpeed: (speed) => session.current?.client.setSpeed(speed),
      step: () => session.current?.client.step(),
      jump: (ms) => session.current?.client.jump(ms),
      reset: () => session.current?.reset(),
      call: <T,>(service: string, action: string, input: unknown) =>
        session.current?.client.call<T>(service, action, input) ??
        Promise.reject(new SimCallError('NoWorld', 'The simulation is not running.')),
      history: (query) => session.current?.client.history(query) ?? Promise.resolve(undefined),
    }),
    [store],
  );

  useEffect(() => {
    const client = createClient();
    const sink = new FrameSink({
      commit: (frames) => store.getState().applyFrames(frames),
      ack: (frame) => client.ack(frame),
    });
    const unsubscribers = [
      client.onFrame((frame) => sink.push(frame)),
      client.onLoaded((runId, problems) => store.getState().setLoaded(runId, problems)),
      client.onFailed((runId, message) => {
        sink.release(); // no pause answer will come
        sink.flush(); // frames sent before the failure must not land after it
        store.getState().setFailed(runId, message);
      }),
    ];

    const onVisibility = () => client.setHidden(document.visibilityState === 'hidden');
    onVisibility(); // before the first load, so a hidden tab never counts
    document.addEventListener('visibilitychange', onVisibility);

    let runId = store.getState().runId;
    const startRun = () => {
      runId += 1;
      store.getState().startRun(runId);
      client.load(runId, store.getState().scenario);
    };
    let seenScenario: AppState['scenario'] | undefined;
    let seenWorld: string | undefined;
    const onDocument = (state: AppState) => {
      if (state.scenario === seenScenario) return;
      seenScenario = state.scenario;
      const world = worldKey(state.scenario);
      if (world === seenWorld) return;
      const moved = seenWorld !== undefined && state.now > state.startTime;
      seenWorld = world;
      // The inspector already made this change in the running world: the run goes on.
      if (state.appliedLive) return;
      startRun();
      if (moved) restartListener.current?.(state);
    };
    onDocument(store.getState());
    unsubscribers.push(store.subscribe(onDocument));

    session.current = {
      client,
      sink,
      reset: () => {
        client.pause();
        startRun();
      },
    };
    const uninstallHook = installTestHook({ store, sim: controls });
    return () => {
      uninstallHook();
      session.current = null;
      document.removeEventListener('visibilitychange', onVisibility);
      unsubscribers.forEach((off) => off());
      sink.dispose();
      client.dispose();
    };
  }, [store, createClient, controls]);

  return <SimContext.Provider value={controls}>{children}</SimContext.Provider>;
}
