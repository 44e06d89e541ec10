import { element, textElement } from '../../../sdk/xml';

/**
 * A NotificationConfiguration as S3's XML writes it and as the engine takes it: each list is
 * flattened under its own element name, the ARN is `<Queue>`, `<Topic>` or `<CloudFunction>`,
 * events are repeated `<Event>`s and the filter is `<Filter><S3Key><FilterRule>`.
 */
const LISTS = [
  { list: 'TopicConfigurations', xml: 'TopicConfiguration', arn: 'TopicArn', arnXml: 'Topic' },
  { list: 'QueueConfigurations', xml: 'QueueConfiguration', arn: 'QueueArn', arnXml: 'Queue' },
  {
    list: 'LambdaFunctionConfigurations',
    xml: 'CloudFunctionConfiguration',
    arn: 'LambdaFunctionArn',
    arnXml: 'CloudFunction',
  },
] as const;

/** The parsed `<NotificationConfiguration>` element as the engine's NotificationConfiguration. */
export function readNotificationConfiguration(xml: unknown): Record<string, unknown> {
  const config = record(xml);
  const out: Record<string, unknown> = {};
  for (const { list, xml: name, arn, arnXml } of LISTS) {
    if (config[name] === undefined) continue;
    out[list] = many(config[name]).map((raw) => {
      const entry = record(raw);
      const rules = many(record(record(entry.Filter).S3Key).FilterRule).map(record);
      return {
        ...(entry.Id === undefined ? {} : { Id: entry.Id }),
        [arn]: entry[arnXml],
        Events: many(entry.Event),
        ...(entry.Filter === undefined
          ? {}
          : {
              Filter: {
                Key: { FilterRules: rules.map((r) => ({ Name: r.Name, Value: r.Value })) },
              },
            }),
      };
    });
  }
  return out;
}

/** The engine's GetBucketNotificationConfiguration answer as S3's XML (inside its root). */
export function writeNotificationConfiguration(output: Record<string, unknown>): string {
  let xml = '';
  for (const { list, xml: name, arn, arnXml } of LISTS) {
    for (const raw of many(output[list])) {
      const entry = record(raw);
      const rules = many(record(record(entry.Filter).Key).FilterRules).map(record);
      xml += element(
        name,
        textElement('Id', String(entry.Id)),
        textElement(arnXml, String(entry[arn])),
        ...many(entry.Events).map((event) => textElement('Event', String(event))),
        rules.length === 0
          ? ''
          : element(
              'Filter',
              element(
                'S3Key',
                ...rules.map((r) =>
                  element(
                    'FilterRule',
                    textElement('Name', String(r.Name)),
                    textElement('Value', String(r.Value)),
                  ),
                ),
              ),
            ),
      );
    }
  }
  return xml;
}

/** An element that may repeat: the parser gives one as itself, several as a list. */
function many(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
