import { parseXML } from '@aws-sdk/xml-builder';
import { fromUtf8 } from './http';

/**
 * XML as AWS's query and REST-XML services write it, built from strings, and read with the
 * AWS SDK's own parser (repeated elements become lists, an element with only text a string).
 */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#x0D;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);
}

/** `<name>children</name>`, the children already XML. */
export function element(name: string, ...children: string[]): string {
  return `<${name}>${children.join('')}</${name}>`;
}

/** `<name>text</name>`, the text escaped. */
export function textElement(name: string, value: string | number | boolean): string {
  return element(name, escapeXml(String(value)));
}

/** The root element's content of an XML body; a body that does not parse is `undefined`. */
export function parseXmlBody(body: Uint8Array): { root: string; value: unknown } | undefined {
  try {
    const [root] = Object.entries(parseXML(fromUtf8(body)) as Record<string, unknown>);
    return root === undefined ? undefined : { root: root[0], value: root[1] };
  } catch {
    return undefined;
  }
}
