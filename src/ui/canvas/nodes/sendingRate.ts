import { SENDING } from '../../../engine/actors/sendingSettings';
import { rateText } from '../../format/numbers';

/**
 * A sending program's rate as its node shows it ("2/s (Poisson)"), the default read from the
 * engine's shared sending settings (a producer's and a publisher's alike).
 */
export function sendingRateText(config: Readonly<Record<string, unknown>>): string {
  const rate = config.MessagesPerSecond;
  const shown = typeof rate === 'number' ? rate : (SENDING.MessagesPerSecond.default ?? 1);
  return `${rateText(shown)}${config.Arrival === 'poisson' ? ' (Poisson)' : ''}`;
}
