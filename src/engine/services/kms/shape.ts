import type { KmsKey } from './model';

/** KeyMetadata, as CreateKey and DescribeKey return it. */
export function describeKeyShape(key: KmsKey) {
  return {
    KeyMetadata: {
      AWSAccountId: key.arn.split(':')[4],
      KeyId: key.keyId,
      Arn: key.arn,
      CreationDate: new Date(key.createdAt),
      Enabled: true,
      Description: key.description,
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: 'Enabled',
      Origin: 'AWS_KMS',
      KeyManager: key.keyManager,
      KeySpec: 'SYMMETRIC_DEFAULT',
    },
  };
}
