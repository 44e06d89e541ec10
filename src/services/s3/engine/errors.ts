import { AwsError } from '../../../engine/core/errors';

/** S3 errors, with the codes, texts and HTTP statuses of the S3 API reference's error list. */
export const s3Errors = {
  noSuchBucket: () =>
    new AwsError('NoSuchBucket', 'The specified bucket does not exist', { status: 404 }),
  noSuchKey: () => new AwsError('NoSuchKey', 'The specified key does not exist.', { status: 404 }),
  /** A HEAD request's 404 has no body: the AWS SDK for JavaScript v3 names it by its status. */
  notFound: () => new AwsError('NotFound', 'Not Found', { status: 404 }),
  bucketNotEmpty: () =>
    new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', {
      status: 409,
    }),
  invalidBucketName: () => new AwsError('InvalidBucketName', 'The specified bucket is not valid.'),
  keyTooLong: () => new AwsError('KeyTooLongError', 'Your key is too long'),
  malformedXml: () =>
    new AwsError(
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema',
    ),
  invalidArgument: (message: string) => new AwsError('InvalidArgument', message),
};
