import { AwsError } from '../../../engine/core/errors';

/**
 * SQS errors. The first argument is the name the AWS SDK for JavaScript v3 reports (the modeled
 * shape); `code` is the legacy query code SQS still sends in `x-amzn-query-error`.
 */
const legacy = (suffix: string) => `AWS.SimpleQueueService.${suffix}`;

export const sqsErrors = {
  nonExistentQueue: () =>
    new AwsError('QueueDoesNotExist', 'The specified queue does not exist.', {
      code: legacy('NonExistentQueue'),
    }),
  queueAlreadyExists: (attribute: string) =>
    new AwsError(
      'QueueNameExists',
      `A queue already exists with the same name and a different value for attribute ${attribute}`,
      { code: 'QueueAlreadyExists' },
    ),
  queueDeletedRecently: () =>
    new AwsError(
      'QueueDeletedRecently',
      'You must wait 60 seconds after deleting a queue before you can create another with the same name.',
      { code: legacy('QueueDeletedRecently') },
    ),
  purgeInProgress: (queueName: string) =>
    new AwsError(
      'PurgeQueueInProgress',
      `Only one PurgeQueue operation on ${queueName} is allowed every 60 seconds.`,
      { code: legacy('PurgeQueueInProgress'), status: 403 },
    ),
  emptyBatch: (entryShape: string) =>
    new AwsError(
      'EmptyBatchRequest',
      `There should be at least one ${entryShape} in the request.`,
      {
        code: legacy('EmptyBatchRequest'),
      },
    ),
  tooManyEntries: (count: number) =>
    new AwsError(
      'TooManyEntriesInBatchRequest',
      `Maximum number of entries per request are 10. You have sent ${count}.`,
      { code: legacy('TooManyEntriesInBatchRequest') },
    ),
  invalidBatchEntryId: () =>
    new AwsError(
      'InvalidBatchEntryId',
      'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
      { code: legacy('InvalidBatchEntryId') },
    ),
  batchIdsNotDistinct: (id: string) =>
    new AwsError('BatchEntryIdsNotDistinct', `Id ${id} repeated.`, {
      code: legacy('BatchEntryIdsNotDistinct'),
    }),
  batchTooLong: (bytes: number) =>
    new AwsError(
      'BatchRequestTooLong',
      `Batch requests cannot be longer than 1048576 bytes. You have sent ${bytes} bytes.`,
      { code: legacy('BatchRequestTooLong') },
    ),
  unknownAttribute: (name: string) =>
    new AwsError('InvalidAttributeName', `Unknown Attribute ${name}.`),
  invalidAttributeName: (message: string) => new AwsError('InvalidAttributeName', message),
  invalidAttributeValue: (name: string, reason?: string) =>
    new AwsError(
      'InvalidAttributeValue',
      `Invalid value for the parameter ${name}.${reason === undefined ? '' : ` Reason: ${reason}`}`,
    ),
  invalidMessageContents: (character: string) =>
    new AwsError(
      'InvalidMessageContents',
      `Invalid binary character '${character}' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].`,
    ),
  receiptHandleIsInvalid: (handle: string) =>
    new AwsError(
      'ReceiptHandleIsInvalid',
      `The input receipt handle "${handle}" is not a valid receipt handle.`,
      { status: 404 },
    ),
  overLimit: (message: string) => new AwsError('OverLimit', message, { status: 403 }),
  /** [D] FIFO over 300 TPS per action: ThrottlingException (unmodeled; the SDK retries it). */
  throttled: () => new AwsError('ThrottlingException', 'Rate exceeded'),
  resourceNotFound: (message: string) =>
    new AwsError('ResourceNotFoundException', message, { status: 404 }),
  invalidParameterValue: (message: string) => new AwsError('InvalidParameterValue', message),
};
