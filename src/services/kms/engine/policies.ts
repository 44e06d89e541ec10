/**
 * The key policies KMS writes itself. [D] KMS DG key-policy-default: a key created without a
 * policy lets the account's root (and so its IAM policies) do everything. [D] SQS DG
 * sqs-key-management: the AWS managed key for SQS (alias/aws/sqs) "includes permissions for all
 * principals in the account (that are authorized to use Amazon SQS)"; its policy cannot be changed.
 */
export function defaultKeyPolicy(account: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  });
}

export function awsManagedSqsKeyPolicy(account: string, region: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Id: 'auto-sqs-2',
    Statement: [
      {
        Sid: 'Allow access through Simple Queue Service (SQS) for all principals in the account that are authorized to use SQS',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'kms:Encrypt',
          'kms:Decrypt',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:CreateGrant',
          'kms:DescribeKey',
        ],
        Resource: '*',
        Condition: {
          StringEquals: {
            'kms:CallerAccount': account,
            'kms:ViaService': `sqs.${region}.amazonaws.com`,
          },
        },
      },
      {
        Sid: 'Allow direct access to key metadata to the account',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: ['kms:Describe*', 'kms:Get*', 'kms:List*', 'kms:RevokeGrant'],
        Resource: '*',
      },
    ],
  });
}
