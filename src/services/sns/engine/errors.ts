import { AwsError } from '../../../engine/core/errors';

/**
 * SNS errors. SNS speaks the query protocol: the first argument is the modeled shape the AWS SDK
 * for JavaScript v3 reports as `error.name` (InvalidParameterException); `code` is the query
 * code AWS sends (InvalidParameter), with its HTTP status.
 */
export const snsErrors = {
  /** "Invalid parameter: ..." (HTTP 400): most of SNS's validation. */
  invalidParameter: (message: string) =>
    new AwsError('InvalidParameterException', message, { code: 'InvalidParameter' }),
  /** Message attribute checks (HTTP 400, code ParameterValueInvalid). */
  parameterValueInvalid: (message: string) =>
    new AwsError('InvalidParameterValueException', message, { code: 'ParameterValueInvalid' }),
  /** A required member missing: the service's own validation layer (HTTP 400). */
  validation: (path: string) =>
    new AwsError(
      'ValidationError',
      `1 validation error detected: Value null at '${path}' failed to satisfy constraint: Member must not be null`,
    ),
  notFound: (message: string) =>
    new AwsError('NotFoundException', message, { code: 'NotFound', status: 404 }),
  resourceNotFound: () =>
    new AwsError('ResourceNotFoundException', 'Resource does not exist', {
      code: 'ResourceNotFound',
      status: 404,
    }),
  authorization: (message: string) =>
    new AwsError('AuthorizationErrorException', message, {
      code: 'AuthorizationError',
      status: 403,
    }),
  tooManyEntries: () =>
    new AwsError(
      'TooManyEntriesInBatchRequestException',
      'The batch request contains more entries than permissible.',
      { code: 'TooManyEntriesInBatchRequest' },
    ),
  emptyBatch: () =>
    new AwsError('EmptyBatchRequestException', "The batch request doesn't contain any entries.", {
      code: 'EmptyBatchRequest',
    }),
  batchIdsNotDistinct: () =>
    new AwsError(
      'BatchEntryIdsNotDistinctException',
      'Two or more batch entries in the request have the same Id.',
      { code: 'BatchEntryIdsNotDistinct' },
    ),
  invalidBatchEntryId: (message: string) =>
    new AwsError('InvalidBatchEntryIdException', message, { code: 'InvalidBatchEntryId' }),
  batchTooLong: () =>
    new AwsError(
      'BatchRequestTooLongException',
      'The length of all the messages put together is more than the limit.',
      { code: 'BatchRequestTooLong' },
    ),
  tagLimitExceeded: () =>
    new AwsError(
      'TagLimitExceededException',
      'Could not complete request: tag quota of per resource exceeded',
      { code: 'TagLimitExceeded' },
    ),
  /** [D] 200 filter policies per topic (Service Quotas); the text is the playground's. */
  filterPolicyLimitExceeded: () =>
    new AwsError(
      'FilterPolicyLimitExceededException',
      'Filter policy limit exceeded: a topic can have at most 200 subscriptions with a filter policy.',
      { code: 'FilterPolicyLimitExceeded', status: 403 },
    ),
};

/** "Invalid parameter: <what>": the shape of most SNS refusals. */
export const invalid = (what: string) => snsErrors.invalidParameter(`Invalid parameter: ${what}`);
