import { isRecord } from '../../../engine/actors/config';
import type { Engine } from '../../../engine/engine';
import type { Scenario } from '../../../engine/scenario/types';

/**
 * A customer managed KMS key the scenario brings (its queues name it in KmsMasterKeyId). The
 * loader creates it through the door as a user would: CreateKey with the key policy, then
 * CreateAlias. The AWS managed key alias/aws/sqs needs no entry: it exists on first use.
 */
export interface ScenarioKey {
  /** "alias/…", not under the reserved "alias/aws/". */
  AliasName: string;
  Description?: string;
  /** The key policy as JSON text; absent: KMS's default policy (the account's root). */
  Policy?: string;
}

const ALIAS = /^alias\/(?!aws\/)[a-zA-Z0-9/_-]{1,250}$/;

/** Every problem with a scenario's `keys` member, each naming where it is. */
export function keysProblems(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return ['keys must be a list.'];
  const problems: string[] = [];
  const seen = new Set<string>();
  value.forEach((key: unknown, i) => {
    const where = `keys[${i}]`;
    if (!isRecord(key)) return problems.push(`${where} must be an object.`);
    const extra = Object.keys(key).find((k) => !['AliasName', 'Description', 'Policy'].includes(k));
    if (extra !== undefined) problems.push(`${where} has an unknown member "${extra}".`);
    const alias = key.AliasName;
    if (typeof alias !== 'string' || !ALIAS.test(alias))
      problems.push(`${where}: AliasName must be "alias/" and a name, not under "alias/aws/".`);
    else if (seen.has(alias)) problems.push(`${where}: AliasName "${alias}" is used twice.`);
    else seen.add(alias);
    if (key.Description !== undefined && typeof key.Description !== 'string')
      problems.push(`${where}: Description must be a string.`);
    if (key.Policy !== undefined && !isJsonObjectText(key.Policy))
      problems.push(`${where}: Policy must be a key policy as JSON text.`);
  });
  return problems;
}

function isJsonObjectText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return isRecord(JSON.parse(value));
  } catch {
    return false;
  }
}

/** Creates the scenario's keys before any queue names them (KMS comes first in the list). */
export async function loadKeys(engine: Engine, scenario: Scenario): Promise<void> {
  for (const key of scenario.keys ?? []) {
    const input = key.Policy === undefined ? {} : { Policy: key.Policy };
    const { KeyMetadata } = await engine.call<{ KeyMetadata: { KeyId: string } }>(
      'kms',
      'CreateKey',
      { ...input, Description: key.Description ?? '' },
    );
    await engine.call('kms', 'CreateAlias', {
      AliasName: key.AliasName,
      TargetKeyId: KeyMetadata.KeyId,
    });
  }
}

declare module '../../../engine/scenario/types' {
  interface ServiceScenarioMembers {
    /** Customer managed KMS keys, created before the queues. */
    keys?: ScenarioKey[];
  }
}
