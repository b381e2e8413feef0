/**
 * Feed bytes to text. A feed is read as bytes because its text encoding is not always UTF-8:
 * ISO-8859-1 and Windows-1252 (European papers), GB2312/GB18030, Shift_JIS, KOI8-R and
 * Windows-1251 feeds are all still served. The encoding is, in this order:
 *
 * 1. a byte-order mark: it is part of the bytes and cannot be wrong, so it wins over any label,
 *    as it does in every browser's decoder (WHATWG Encoding, "decode");
 * 2. the `charset` of the Content-Type header;
 * 3. the `encoding` of the XML declaration;
 * 4. UTF-8, and when the bytes are not valid UTF-8 (an old server that declares nothing and sends
 *    Latin-1), Windows-1252, whose every byte is a character.
 *
 * An encoding name no decoder knows counts as not given. Everything is decoded by `TextDecoder`,
 * which Node 20 has with every one of these encodings too.
 */

const BOMS: readonly (readonly [encoding: string, ...bytes: number[]])[] = [
  ['utf-8', 0xef, 0xbb, 0xbf],
  ['utf-16be', 0xfe, 0xff],
  ['utf-16le', 0xff, 0xfe],
];

/** The decoder for a label, or undefined when no decoder knows it. */
function decoderFor(label: string | undefined, fatal = false): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim(), { fatal });
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a Content-Type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
}

/** The `encoding` of an XML declaration at the very start (ASCII-compatible encodings only, which covers every one that declares itself). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/** The encoding the bytes will be read with, by the rules above; `fallback` tells that nothing named one. */
export function feedEncoding(bytes: Uint8Array, contentType?: string | null): { encoding: string; fallback: boolean } {
  const bom = BOMS.find(([, ...mark]) => mark.every((byte, index) => bytes[index] === byte));
  const named = bom?.[0] ?? [charsetOf(contentType), declaredEncoding(bytes)].map((label) => decoderFor(label)?.encoding).find(Boolean);
  return named ? { encoding: named, fallback: false } : { encoding: 'utf-8', fallback: true };
}

/** Decodes a feed's bytes (see the rules above). A byte-order mark is not part of the text. */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const { encoding, fallback } = feedEncoding(bytes, contentType);
  if (fallback) {
    try {
      return decoderFor('utf-8', true)!.decode(bytes);
    } catch {
      return decoderFor('windows-1252')!.decode(bytes);
    }
  }
  return decoderFor(encoding)!.decode(bytes);
}
