import { ms } from '../../../engine/explain/format';
import type { S3Event } from './events';
import type { MessageDestination } from './model';

/** One plain sentence per S3 event, with what caused it. */
export function explainS3(e: S3Event): string {
  switch (e.type) {
    case 's3/bucket-created':
      return `Bucket ${e.bucket} created by ${e.by}.`;
    case 's3/bucket-deleted':
      return `Bucket ${e.bucket} deleted by ${e.by}.`;
    case 's3/object-created':
      return `${e.by} put ${e.key} (${bytes(e.size)}) into bucket ${e.bucket}${onTheirWay(e.notifications, 'ObjectCreated:Put')}.`;
    case 's3/object-removed':
      return `${e.by} deleted ${e.key} from bucket ${e.bucket}${onTheirWay(e.notifications, 'ObjectRemoved:Delete')}.`;
    case 's3/notifications-configured':
      return e.configurations === 0
        ? `${e.bucket}: event notifications turned off by ${e.by}.`
        : `${e.bucket}: ${e.configurations} event notification configuration(s) set by ${e.by}; each object event goes to the one configuration whose event types and key filter match it.`;
    case 's3/test-event-sent':
      return `${e.bucket} sent the s3:TestEvent message to ${destination(e.kind, e.destination)}: S3 checks that a destination exists and accepts its messages before it takes the configuration.`;
    case 's3/destination-unverified':
      return `${e.bucket} could not send its test event to ${destination(e.kind, e.destination)}: ${e.reason}. S3 refuses the whole configuration (Unable to validate the following destination configurations)${permissionAdvice(e.reason, e.kind)}.`;
    case 's3/event-delivered':
      return `${e.eventName} event for ${e.key} in ${e.bucket} delivered to ${destination(e.kind, e.destination)} (configuration ${e.configurationId}), ${ms(e.at - e.sentAt)} after the change.`;
    case 's3/delivery-failed':
      return `${e.eventName} event for ${e.key} in ${e.bucket} not delivered to ${destination(e.kind, e.destination)}: ${e.error} (${e.message}). The event is lost${failureAdvice(e.error, e.kind)}.`;
    case 's3/lambda-not-invoked':
      return `${e.eventName} event for ${e.key} in ${e.bucket} matched configuration ${e.configurationId} for Lambda function ${e.destination.split(':')[6]}: S3 would invoke it asynchronously, but Lambda functions do not run in the playground yet (they come later), so no code ran.`;
  }
}

function bytes(n: number): string {
  return n === 1 ? '1 byte' : `${n} bytes`;
}

function onTheirWay(n: number, eventName: string): string {
  return n === 0 ? '' : `; ${eventName}: ${n} event notification(s) on their way`;
}

/** A queue or topic by its name, the last part of its ARN. */
function destination(kind: MessageDestination, arn: string): string {
  return `${kind} ${arn.slice(arn.lastIndexOf(':') + 1)}`;
}

const PERMISSION: Record<MessageDestination, string> = {
  queue:
    'its queue policy must allow the service principal s3.amazonaws.com to sqs:SendMessage for this bucket (aws:SourceArn)',
  topic:
    'its topic policy must allow the service principal s3.amazonaws.com to sns:Publish for this bucket (aws:SourceArn)',
};

function permissionAdvice(reason: string, kind: MessageDestination): string {
  return reason.startsWith('Permissions') ? `: ${PERMISSION[kind]}` : '';
}

function failureAdvice(error: string, kind: MessageDestination): string {
  if (/^(AccessDenied|AuthorizationError)/.test(error)) return `: ${PERMISSION[kind]}`;
  if (error === 'UnknownOperationException')
    return `: this playground has no ${kind === 'topic' ? 'SNS' : 'SQS'} service to take it`;
  return '';
}
