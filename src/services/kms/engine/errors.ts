import { AwsError } from '../../../engine/core/errors';

/** KMS errors, named as the AWS SDK for JavaScript v3 reports them. */
export const kmsErrors = {
  notFound: (message: string) => new AwsError('NotFoundException', message),
  validation: (member: string) =>
    new AwsError(
      'ValidationException',
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null`,
    ),
  malformedPolicy: (message: string) => new AwsError('MalformedPolicyDocumentException', message),
  alreadyExists: (alias: string) =>
    new AwsError('AlreadyExistsException', `An alias with the name ${alias} already exists`),
  invalidAliasName: (message: string) => new AwsError('InvalidAliasNameException', message),
  /** [D] KMS's wording: "User: … is not authorized to perform: kms:X on resource: … because …". */
  accessDenied: (who: string, action: string, keyArn: string, explicit: boolean) =>
    new AwsError(
      'AccessDeniedException',
      `User: ${who} is not authorized to perform: ${action} on resource: ${keyArn} ${
        explicit
          ? 'with an explicit deny in a resource-based policy'
          : `because no resource-based policy allows the ${action} action`
      }`,
    ),
};
