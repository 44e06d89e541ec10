/** AWS KMS, as far as SQS encryption needs it: symmetric keys, their key policies and aliases. */
export interface KmsKey {
  keyId: string;
  arn: string;
  description: string;
  /** CUSTOMER: yours, its policy is yours to write. AWS: an AWS managed key (alias/aws/sqs). */
  keyManager: 'CUSTOMER' | 'AWS';
  /** The key policy, as JSON text (the one policy a key has, named "default"). */
  policy: string;
  createdAt: number;
}

export interface KmsState {
  region: string;
  accountId: string;
  keys: Map<string, KmsKey>;
  /** Alias name ("alias/partner-orders") → KeyId. */
  aliases: Map<string, string>;
}

export function createKmsState(): KmsState {
  return { region: 'us-east-1', accountId: '123456789012', keys: new Map(), aliases: new Map() };
}

// KMS's part of the world's types (the core declares this registry empty).
declare module '../../../engine/state' {
  interface ServiceStates {
    kms: KmsState;
  }
}
