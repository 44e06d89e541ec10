import { nested, type Fields } from './config';
import type { GroupIdPattern } from './messageTemplate';
import { readChoice, readInteger, readText } from './settingReaders';
import { SENDING } from './sendingSettings';

/** A sender's GroupIdPattern block, read by its settings entries (absent: no group ids). */
export function readGroupIdPattern(f: Fields): GroupIdPattern | undefined {
  const group = nested(f, 'GroupIdPattern', ['Mode', 'Value', 'Groups']);
  if (group === undefined) return undefined;
  return {
    Mode: readChoice(group, SENDING.Mode),
    Value: readText(group, SENDING.Value),
    Groups: readInteger(group, SENDING.Groups),
  };
}
