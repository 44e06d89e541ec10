/**
 * A button's words: all of them from 1280 px up; below that the short form, or none (the icon
 * beside it speaks), so the top bar keeps to one row at 1024 px. The full words stay the
 * accessible name either way (visually hidden, not removed), and the short form is a part of them.
 */
export function CompactLabel({ full, short }: { full: string; short?: string }) {
  return (
    <>
      {short !== undefined && (
        <span aria-hidden="true" className="xl:hidden">
          {short}
        </span>
      )}
      <span className="max-xl:sr-only">{full}</span>
    </>
  );
}
