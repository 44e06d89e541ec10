import { parseArn } from './arns';
import { invalid, snsErrors } from './errors';
import type { Protocol, SnsTopic } from './model';

/** [D] BOTO Subscribe: the protocols and what each endpoint looks like. */
export const PROTOCOLS: readonly Protocol[] = [
  'http',
  'https',
  'email',
  'email-json',
  'sms',
  'sqs',
  'application',
  'lambda',
  'firehose',
];

/** [V] "Invalid parameter: Amazon SNS does not support this protocol string: test-protocol". */
export function checkProtocol(value: string): Protocol {
  const protocol = PROTOCOLS.find((p) => p === value);
  if (protocol === undefined)
    throw invalid(`Amazon SNS does not support this protocol string: ${value}`);
  return protocol;
}

/** [D] E.164: a plus, then up to 15 digits, not starting with 0. */
export const E164 = /^\+?[1-9]\d{1,14}$/;

/**
 * Checks an endpoint for its protocol and topic. [V] texts for SQS ARNs, SMS numbers and FIFO
 * queues on standard topics; [GH terraform-provider-aws#38441] a FIFO topic takes SQS only
 * ("Invalid parameter: Invalid protocol type: sms"). The other texts are LocalStack's ([I]) or,
 * for Lambda and Firehose ARNs and email addresses, the playground's in the same shape.
 */
export function checkEndpoint(protocol: Protocol, endpoint: string, topic: SnsTopic): void {
  if (topic.fifo && protocol !== 'sqs') throw invalid(`Invalid protocol type: ${protocol}`);
  switch (protocol) {
    case 'http':
    case 'https':
      if (!endpoint.toLowerCase().startsWith(`${protocol}://`))
        throw invalid('Endpoint must match the specified protocol');
      return;
    case 'email':
    case 'email-json':
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(endpoint)) throw invalid('Email address');
      return;
    case 'sms':
      if (!E164.test(endpoint))
        throw snsErrors.invalidParameter(`Invalid SMS endpoint: ${endpoint}`);
      return;
    case 'sqs':
      if (!isArnOf(endpoint, 'sqs', /^[A-Za-z0-9_.-]{1,80}$/)) throw invalid('SQS endpoint ARN');
      if (!topic.fifo && endpoint.endsWith('.fifo'))
        throw invalid(
          'Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics',
        );
      return;
    case 'lambda':
      if (!isArnOf(endpoint, 'lambda', /^function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/))
        throw invalid('Lambda endpoint ARN');
      return;
    case 'firehose':
      if (!isArnOf(endpoint, 'firehose', /^deliverystream\/[A-Za-z0-9_.-]+$/))
        throw invalid('Firehose endpoint ARN');
      return;
    case 'application':
      if (!isArnOf(endpoint, 'sns', /^endpoint\/.+/)) throw invalid('ApplicationEndpoint ARN');
      return;
  }
}

/**
 * [D] Subscribe: http, https, email and email-json endpoints confirm by a token; so do
 * endpoints in another account. Same-account SQS, Lambda, Firehose, application and SMS
 * subscriptions are confirmed at once ([V] PendingConfirmation "false").
 */
export function needsConfirmation(protocol: Protocol, endpoint: string, account: string): boolean {
  if (['http', 'https', 'email', 'email-json'].includes(protocol)) return true;
  const arn = parseArn(endpoint);
  return arn !== undefined && arn.account !== account;
}

function isArnOf(endpoint: string, service: string, resource: RegExp): boolean {
  const arn = parseArn(endpoint);
  return (
    arn !== undefined &&
    arn.service === service &&
    /^[a-z0-9-]+$/.test(arn.region) &&
    /^\d{12}$/.test(arn.account) &&
    resource.test(arn.resource)
  );
}
