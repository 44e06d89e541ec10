import type { Scenario } from '../../engine';
import { scenarioFileName, scenarioToJson } from '../../persistence/scenarioJson';

/** Saves the scenario as a .json download (the browser's own save flow). */
export function downloadScenario(scenario: Scenario): void {
  const blob = new Blob([scenarioToJson(scenario)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = scenarioFileName(scenario);
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** Copies text; false when the clipboard is unavailable (insecure context, denied). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
