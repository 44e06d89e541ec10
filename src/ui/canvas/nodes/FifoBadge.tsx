/** The badge of a resource that comes in two kinds: FIFO (ordered, deduplicated) or standard. */
export function FifoBadge({ fifo }: { fifo: boolean }) {
  return (
    <span
      className={`rounded px-1 text-[10px] font-semibold uppercase ${
        fifo
          ? 'bg-fuchsia-100 text-fuchsia-800 dark:bg-fuchsia-950 dark:text-fuchsia-200'
          : 'bg-pink-50 text-pink-800 dark:bg-pink-950 dark:text-pink-200'
      }`}
    >
      {fifo ? 'FIFO' : 'Standard'}
    </span>
  );
}
