import { useMemo, useState } from 'react';
import {
  MAX_LINK_LENGTH,
  builtInIdOf,
  builtInUrl,
  shareLinkFor,
} from '../../persistence/shareLink';
import { useAppStore, useAppStoreApi } from '../../store';
import { grouped } from '../format/numbers';
import { notifyError, notifyInfo } from '../notices/noticesStore';
import { CompactLabel } from '../layout/CompactLabel';
import { copyText, downloadScenario } from './files';
import { LinkDialog } from './LinkDialog';

/** Links longer than this may be cut by some chat apps and mail clients. */
const LONG_LINK = 8_000;

/**
 * "Copy share link", and "Copy built-in link" (a short #builtin= link) while the document is an unedited
 * built-in. A link too long to open is refused with the JSON file offered; a refused clipboard
 * shows the link in a dialog to copy by hand.
 */
export function ShareButtons({ buttonClass }: { buttonClass: string }) {
  const store = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const builtIn = useMemo(() => builtInIdOf(scenario), [scenario]);
  const [manual, setManual] = useState<string | undefined>(undefined);

  const copy = async (url: string, copiedTitle: string) => {
    if (!(await copyText(url))) {
      setManual(url);
      return;
    }
    notifyInfo(
      copiedTitle,
      url.length > LONG_LINK
        ? [
            `It is ${grouped(url.length)} characters long: some apps may cut it. Export JSON is safer.`,
          ]
        : [],
    );
  };

  const copyShareLink = () => {
    const current = store.getState().scenario;
    const link = shareLinkFor(current, window.location.href);
    if (link.ok) return copy(link.url, 'Share link copied.');
    notifyError(
      'This scenario is too large for a share link.',
      [
        `Its link would be ${grouped(link.length)} characters; browsers open at most ${grouped(MAX_LINK_LENGTH)}.`,
        'Download it as a JSON file and share the file instead: Import JSON opens it.',
      ],
      { label: 'Download JSON', run: () => downloadScenario(current) },
    );
  };

  return (
    <>
      <button
        type="button"
        className={buttonClass}
        title="Copy a link that opens this scenario as it is now"
        onClick={() => void copyShareLink()}
      >
        <CompactLabel full="Copy share link" short="Share link" />
      </button>
      {builtIn !== undefined && (
        <button
          type="button"
          className={buttonClass}
          title="Copy a short link to this built-in scenario (#builtin=…): it always opens the built-in as shipped"
          onClick={() =>
            void copy(
              builtInUrl(builtIn, window.location.href),
              'Link to the built-in scenario copied.',
            )
          }
        >
          <CompactLabel full="Copy built-in link" short="Built-in link" />
        </button>
      )}
      {manual !== undefined && <LinkDialog url={manual} onClose={() => setManual(undefined)} />}
    </>
  );
}
