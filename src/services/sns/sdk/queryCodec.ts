import { base64Encode } from '../../../engine/core/utf8';
import { fromUtf8, REQUEST_ID, utf8, type SdkCodec, type SdkHttpResponse } from '../../../sdk/http';
import { element, textElement, XML_DECLARATION } from '../../../sdk/xml';
import { readQueryMembers } from './queryMembers';

const XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';
/** The output members that are maps (entry/key/value); every other object is a structure. */
const MAP_MEMBERS = new Set(['Attributes']);

/**
 * Amazon SNS on the wire (the AWS query protocol): a form-encoded POST naming the Action, and an
 * XML answer `<XResponse><XResult>...</XResult><ResponseMetadata>` or `<ErrorResponse>` with the
 * query error code, from which the SDK picks its exception class.
 */
export const snsCodec: SdkCodec = {
  service: 'sns',
  signingName: 'sns',
  decode(request) {
    const form = new URLSearchParams(fromUtf8(request.body));
    return { action: form.get('Action') ?? '', input: readQueryMembers(form) };
  },
  encode(action, output) {
    const members = Object.entries(output as Record<string, unknown>)
      .map(([name, value]) => member(name, value))
      .join('');
    return xml(
      200,
      `<${action}Response xmlns="${XMLNS}">${members === '' ? '' : element(`${action}Result`, members)}${element('ResponseMetadata', textElement('RequestId', REQUEST_ID))}</${action}Response>`,
    );
  },
  encodeError: (error) =>
    xml(
      error.status,
      `<ErrorResponse xmlns="${XMLNS}">${element(
        'Error',
        textElement('Type', error.fault),
        textElement('Code', error.code),
        textElement('Message', error.message),
      )}${textElement('RequestId', REQUEST_ID)}</ErrorResponse>`,
    ),
};

/** One output member as the query protocol writes it: lists of `member`, maps of `entry`. */
function member(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Uint8Array) return textElement(name, base64Encode(value));
  if (Array.isArray(value)) return element(name, ...value.map((item) => member('member', item)));
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>);
    if (MAP_MEMBERS.has(name))
      return element(
        name,
        ...fields.map(([key, v]) => element('entry', textElement('key', key), member('value', v))),
      );
    return element(name, ...fields.map(([field, v]) => member(field, v)));
  }
  return textElement(name, String(value));
}

function xml(statusCode: number, body: string): SdkHttpResponse {
  return {
    statusCode,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': REQUEST_ID },
    body: utf8(XML_DECLARATION + body),
  };
}
