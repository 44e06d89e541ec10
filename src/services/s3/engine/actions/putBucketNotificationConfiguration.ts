import { asInput, optionalBoolean } from '../../../../engine/core/input';
import { Sim, type ReplyTo } from '../../../../engine/sim';
import { bucketFromInput } from '../buckets';
import { s3Errors } from '../errors';
import type { NotificationTarget } from '../model';
import { checkNoOverlap } from '../notifications/overlap';
import { readConfiguration } from '../notifications/readConfiguration';
import { verifyDestinations } from '../notifications/verify';
import { newConfigurationId } from '../notifications/configurationIds';

/**
 * [D] PutBucketNotificationConfiguration replaces the bucket's whole configuration (an empty one
 * turns notifications off). S3 checks its shape, then that no two configurations could take the
 * same object event, then each queue and topic by sending it the s3:TestEvent message as the
 * bucket would send events (unless SkipDestinationValidation): one that does not exist or whose
 * policy refuses S3 fails the call with InvalidArgument, and the old configuration stays. A test
 * message already delivered to another destination stays delivered, as with S3.
 */
export function putBucketNotificationConfiguration(sim: Sim, raw: unknown, replyTo: ReplyTo) {
  const input = asInput(raw);
  const state = sim.state.s3;
  const bucket = bucketFromInput(state, input);
  const read = readConfiguration(input, state.region);
  checkNoOverlap(read);
  if (optionalBoolean(input, 'SkipDestinationValidation') !== true) {
    const refused = verifyDestinations(sim, bucket, read);
    if (refused > 0)
      throw s3Errors.invalidArgument('Unable to validate the following destination configurations');
  }
  bucket.notifications = read.map((target): NotificationTarget => ({
    ...target,
    id: target.id ?? newConfigurationId(sim),
  }));
  sim.emit({
    type: 's3/notifications-configured',
    at: sim.now,
    bucket: bucket.name,
    by: Sim.caller(replyTo),
    configurations: bucket.notifications.length,
  });
  return {};
}
