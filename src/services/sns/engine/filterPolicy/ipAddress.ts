import type { IpBytes } from './types';

/**
 * IP addresses and CIDR blocks as SNS's matcher (AWS event-ruler, CIDR.java) reads them: only
 * text shaped like an address is looked at, Java's InetAddress decides the bytes, and a block
 * runs from the address as written up to that address with every host bit set (so
 * "10.0.0.5/24" covers 10.0.0.5 to 10.0.0.255, not 10.0.0.0). Masks are 0..31 for IPv4 and
 * 0..127 for IPv6, as event-ruler requires.
 */
const IPV4_SHAPE = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;
const IPV6_SHAPE = /^[0-9a-fA-F:]*:[0-9a-fA-F:]*$/;

export type IpParse = { readonly bytes: IpBytes } | { readonly error: string };

/** The address's bytes, or event-ruler's complaint about it. */
export function parseIp(text: string): IpParse {
  const bytes = IPV4_SHAPE.test(text) ? ipv4(text) : IPV6_SHAPE.test(text) ? ipv6(text) : [];
  if (bytes === undefined) return { error: `Invalid IP address: ${text}` };
  if (bytes.length !== 4 && bytes.length !== 16)
    return { error: `Nonstandard IP address: ${text}` };
  return { bytes };
}

/** A message value's address, when the value is one. */
export function ipOf(text: string): IpBytes | undefined {
  const parsed = parseIp(text);
  return 'bytes' in parsed ? parsed.bytes : undefined;
}

export type CidrParse =
  { readonly low: IpBytes; readonly high: IpBytes } | { readonly error: string };

export function parseCidr(text: string): CidrParse {
  const parts = javaSplit(text, '/');
  const [address, mask] = parts;
  if (parts.length !== 2 || address === undefined || mask === undefined)
    return { error: "Malformed CIDR, one '/' required" };
  if (!/^[+-]?\d+$/.test(mask) || Math.abs(Number(mask)) > 2 ** 31 - 1)
    return { error: 'Malformed CIDR, mask bits must be an integer' };
  const bits = Number(mask);
  if (bits < 0) return { error: 'Malformed CIDR, mask bits must not be negative' };
  const ip = parseIp(address);
  if ('error' in ip) return ip;
  if (ip.bytes.length === 4 && bits > 31) return { error: 'IPv4 mask bits must be < 32' };
  if (ip.bytes.length === 16 && bits > 127) return { error: 'IPv6 mask bits must be < 128' };
  return { low: ip.bytes, high: ip.bytes.map((byte, i) => byte | hostBits(bits - i * 8)) };
}

/** The host bits of one byte whose first bit is bit `fromBit` of the mask. */
function hostBits(fromBit: number): number {
  if (fromBit >= 8) return 0;
  if (fromBit <= 0) return 0xff;
  return 0xff >> fromBit;
}

export function inRange(ip: IpBytes, low: IpBytes, high: IpBytes): boolean {
  return ip.length === low.length && compareBytes(ip, low) >= 0 && compareBytes(ip, high) <= 0;
}

export function sameIp(a: IpBytes, b: IpBytes): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}

function compareBytes(a: IpBytes, b: IpBytes): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Java's String.split: trailing empty strings are dropped. */
function javaSplit(text: string, separator: string): string[] {
  const parts = text.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Undefined for an octet over 255 or written with a leading zero (Java refuses both). */
function ipv4(text: string): number[] | undefined {
  const octets = text.split('.');
  if (octets.some((o) => o.length > 3 || (o.length > 1 && o.startsWith('0')))) return undefined;
  const bytes = octets.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function ipv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  const [head = [], tail = []] = groups;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  const bytes = all.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]);
  // Java hands back an IPv4-mapped address (::ffff:a.b.c.d) as the IPv4 address itself.
  const mapped =
    bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return mapped ? bytes.slice(12) : bytes;
}
