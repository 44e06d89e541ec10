import { sqsErrors } from './errors';

/** [D] Up to 50 tags; keys 1–128 characters, values 0–256; case-sensitive. */
export const MAX_TAGS = 50;

export function validateTags(tags: Record<string, string>): void {
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128) {
      throw sqsErrors.invalidParameterValue(
        'Tag keys must be between 1 and 128 characters in length.',
      );
    }
    if (!/^[\p{L}\p{N}\s_.:/=+\-@]*$/u.test(key)) {
      throw sqsErrors.invalidParameterValue(
        'Tag keys may only contain unicode letters, digits, whitespace, or one of these symbols: _ . : / = + - @',
      );
    }
    if (value.length > 256) {
      throw sqsErrors.invalidParameterValue(
        'Tag values must be between 0 and 256 characters in length.',
      );
    }
  }
}

export function checkTagCount(queueName: string, count: number): void {
  if (count > MAX_TAGS)
    throw sqsErrors.invalidParameterValue(`Too many tags added for queue ${queueName}.`);
}
