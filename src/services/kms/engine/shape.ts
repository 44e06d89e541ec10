import type { KmsKey } from './model';

/** KeyMetadata, as CreateKey and DescribeKey return it. */
export function describeKeyShape(key: KmsKey) {
  return {
    KeyMetadata: {
      AWSAccountId: key.arn.split(':')[4],
      KeyId: key.keyId,
      Arn: key.arn,
      // Epoch seconds, as the JSON protocol carries timestamps.
      CreationDate: key.createdAt / 1000,
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
