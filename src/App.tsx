/** The landing shell. The canvas, panels and controls arrive in a later issue. */
export function App() {
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-6 py-16 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <div className="w-full max-w-2xl">
        <p className="text-sm font-medium tracking-wide text-amber-600 uppercase dark:text-amber-400">
          SQS · SNS · Kinesis · Firehose · Amazon MQ
        </p>
        <h1 className="mt-3 text-4xl font-semibold tracking-tight sm:text-5xl">
          Messaging Playground
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-slate-600 dark:text-slate-300">
          Wire producers, AWS messaging services and consumers on a canvas, press play, and watch
          what happens to every message in a deterministic simulation.
        </p>
        <FlowSketch />
        <p className="mt-4 text-sm text-slate-500 dark:text-slate-400">
          The interactive canvas is coming soon.
        </p>
      </div>
    </main>
  );
}

/** A static hint of the canvas to come: producer → queue → consumer. */
function FlowSketch() {
  const nodes = ['Producer', 'SQS queue', 'Consumer'];
  return (
    <div
      aria-hidden="true"
      className="mt-10 flex items-center justify-between gap-2 rounded-2xl border border-dashed border-slate-300 bg-white/70 p-6 dark:border-slate-700 dark:bg-slate-900/60"
    >
      {nodes.map((label, i) => (
        <div key={label} className="flex flex-1 items-center gap-2 last:flex-none">
          <span className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm font-medium whitespace-nowrap shadow-sm dark:border-slate-700 dark:bg-slate-800">
            {label}
          </span>
          {i < nodes.length - 1 && (
            <span className="h-px flex-1 bg-linear-to-r from-amber-500 to-slate-300 dark:to-slate-600" />
          )}
        </div>
      ))}
    </div>
  );
}
