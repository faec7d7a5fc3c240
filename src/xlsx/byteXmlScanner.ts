/**
 * The XML scanner of xmlScanner.ts over BYTES: for worksheet parts, where the cells are. The
 * inflated UTF-8 is scanned as it is; nothing is decoded into a string unless the reader keeps it
 * (a shared-string index or an integer is read straight from its digits, see {@link readDigits}).
 * Element names arrive as small numbers (their index in the list given to the scanner, plus one;
 * 0 for any other name), attributes as a byte range walked with an {@link AttributeCursor}.
 *
 * Why a second scanner: with a string per tag the worksheet of 20,000 × 45 cells (29 MB of XML,
 * 3.6 million tags) took about 600 ms of CPU in the string scanner and its handler; over bytes it
 * takes about 130 ms (measured 2026-12-02, bench/xlsxInput.ts). The rules are those of
 * xmlScanner.ts: elements, attributes, text, CDATA; comments and processing instructions skipped;
 * a document type declaration refused (entity bombs and external entities live there); element
 * names without their namespace prefix; a tag or text run longer than 16 MB refused.
 *
 * @example
 * const scanner = new ByteXmlScanner(["c", "v"], { open: (name) => …, close: …, text: …, wantsText: … });
 * scanner.push(bytes); // any number of chunks
 * scanner.end();
 */
import { decodeEntities, XmlError } from "./xmlScanner";

export interface ByteXmlHandler {
  /** An opening (or self-closing) tag; attributes are bytes[attributesStart, attributesEnd). */
  open(
    name: number,
    bytes: Uint8Array,
    attributesStart: number,
    attributesEnd: number,
    selfClosing: boolean
  ): void;
  close(name: number): void;
  /** Raw text bytes[start, end) between tags (decode with {@link decodeText}); only while wantsText(). */
  text(bytes: Uint8Array, start: number, end: number, cdata: boolean): void;
  wantsText(): boolean;
}

/**
 * A handler's own reader for one element in its usual form (e.g. a worksheet cell, usualCell.ts):
 * tried at each `<` followed by the byte `first`; it returns the position just after the element
 * when it read all of it (the scanner then makes no open, text or close calls for it), or -1,
 * having changed nothing, to let the scanner read the element tag by tag.
 */
export interface ElementShortcut {
  first: number;
  read(bytes: Uint8Array, lt: number, end: number): number;
}

/** The longest unfinished piece kept between chunks (a tag, a comment, a text run). */
const MAX_PENDING = 16 * 1024 * 1024;
/** How much of a new chunk is joined to the unfinished piece of the last one (see push). */
const HEAD_BYTES = 4096;
const LT = 60;
const GT = 62;
const SLASH = 47;

const utf8 = new TextDecoder("utf-8");

/** Text bytes as a string, entities decoded (CDATA: as written). */
export function decodeText(bytes: Uint8Array, start: number, end: number, cdata = false): string {
  let ascii = end - start <= 32;
  for (let index = start; ascii && index < end; index += 1) if (bytes[index] > 127) ascii = false;
  const text = ascii
    ? String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[])
    : utf8.decode(bytes.subarray(start, end));
  return cdata ? text : decodeEntities(text);
}

/**
 * The non-negative integer written in bytes[start, end) when it is plain digits without a leading
 * zero (at most 15 of them), else -1: the caller then decodes the text.
 *
 * @example readDigits(new TextEncoder().encode("1234"), 0, 4) // 1234
 */
export function readDigits(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > 15 || (length > 1 && bytes[start] === 48)) return -1;
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = bytes[index] - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** XML white space: space, tab, line feed, carriage return. */
export const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Walks the attributes of one tag without allocating: after next() returns true, the name is
 * bytes[nameStart, nameEnd) and the raw value bytes[valueStart, valueEnd).
 */
export class AttributeCursor {
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  private position = 0;
  private end = 0;

  reset(bytes: Uint8Array, start: number, end: number): this {
    this.bytes = bytes;
    this.position = start;
    this.end = end;
    return this;
  }

  next(): boolean {
    const bytes = this.bytes;
    const end = this.end;
    let index = this.position;
    while (index < end && isSpace(bytes[index])) index += 1;
    if (index >= end) return false;
    this.nameStart = index;
    while (index < end && bytes[index] !== 61 /* = */ && !isSpace(bytes[index])) index += 1;
    this.nameEnd = index;
    while (index < end && isSpace(bytes[index])) index += 1;
    if (bytes[index] !== 61) return false;
    index += 1;
    while (index < end && isSpace(bytes[index])) index += 1;
    const quote = bytes[index];
    if (quote !== 34 && quote !== 39) return false;
    let close = index + 1;
    while (close < end && bytes[close] !== quote) close += 1;
    if (close >= end) return false;
    this.valueStart = index + 1;
    this.valueEnd = close;
    this.position = close + 1;
    return true;
  }

  /** Is the current attribute's name exactly this one-byte name (e.g. 114 for "r")? */
  is(code: number): boolean {
    return this.nameEnd - this.nameStart === 1 && this.bytes[this.nameStart] === code;
  }

  /** Is the current attribute's name exactly `name` (ASCII)? */
  named(name: string): boolean {
    if (this.nameEnd - this.nameStart !== name.length) return false;
    for (let index = 0; index < name.length; index += 1)
      if (this.bytes[this.nameStart + index] !== name.charCodeAt(index)) return false;
    return true;
  }

  /** The current value, entities decoded. */
  value(): string {
    return decodeText(this.bytes, this.valueStart, this.valueEnd);
  }
}

/** The decoded value of one attribute of a tag, or undefined (see AttributeCursor). */
export function byteAttribute(
  cursor: AttributeCursor,
  bytes: Uint8Array,
  start: number,
  end: number,
  name: string
): string | undefined {
  cursor.reset(bytes, start, end);
  while (cursor.next()) if (cursor.named(name)) return cursor.value();
  return undefined;
}

export class ByteXmlScanner {
  /** The unfinished tail of the last chunk (a copy). */
  private pending: Uint8Array | null = null;
  /** Known names by length (index): their bytes and ids, in two parallel lists. */
  private readonly knownNames: Uint8Array[][] = [];
  private readonly knownIds: number[][] = [];
  /** Ids of one-letter names (c, v, t: most tags of a sheet) by their byte. */
  private readonly oneByteIds = new Uint8Array(256);

  constructor(
    names: readonly string[],
    private readonly handler: ByteXmlHandler,
    private readonly shortcut?: ElementShortcut
  ) {
    const longest = Math.max(0, ...names.map((name) => name.length));
    for (let length = 0; length <= longest; length += 1) {
      this.knownNames.push([]);
      this.knownIds.push([]);
    }
    names.forEach((name, index) => {
      this.knownNames[name.length].push(Uint8Array.from(name, (c) => c.charCodeAt(0)));
      this.knownIds[name.length].push(index + 1);
      if (name.length === 1) this.oneByteIds[name.charCodeAt(0) & 0xff] = index + 1;
    });
  }

  /** Scans a chunk; an unfinished tag or text at its end waits for the next chunk. */
  push(chunk: Uint8Array): void {
    let bytes = chunk;
    let start = 0;
    if (this.pending !== null) {
      // Finish the unfinished piece with the head of the chunk, then scan the chunk itself, so a
      // chunk of a megabyte is not copied for the sake of a few bytes.
      const pending = this.pending;
      const head = new Uint8Array(pending.length + Math.min(chunk.length, HEAD_BYTES));
      head.set(pending);
      head.set(chunk.subarray(0, head.length - pending.length), pending.length);
      const consumed = this.scan(head, false, 0);
      if (consumed >= pending.length) start = consumed - pending.length;
      else if (head.length === pending.length + chunk.length) bytes = head.subarray(consumed);
      else {
        bytes = new Uint8Array(pending.length - consumed + chunk.length);
        bytes.set(pending.subarray(consumed));
        bytes.set(chunk, pending.length - consumed);
      }
    }
    const consumed = this.scan(bytes, false, start);
    this.pending = consumed < bytes.length ? bytes.slice(consumed) : null;
    if (this.pending !== null && this.pending.length > MAX_PENDING)
      throw new XmlError("XML: a tag or text run is too long");
  }

  /** The end of the document: anything unfinished is an error. */
  end(): void {
    const rest = this.pending ?? new Uint8Array(0);
    this.pending = null;
    const consumed = this.scan(rest, true);
    for (let index = consumed; index < rest.length; index += 1)
      if (!isSpace(rest[index])) throw new XmlError("XML: the document ends inside a tag");
  }

  private nameId(bytes: Uint8Array, start: number, end: number): number {
    // Plain loops over arrays: a Map and destructuring here cost more than the rest of a tag.
    const length = end - start;
    if (length === 1) return this.oneByteIds[bytes[start]];
    if (length >= this.knownNames.length) return 0;
    const candidates = this.knownNames[length];
    for (let which = 0; which < candidates.length; which += 1) {
      const name = candidates[which];
      let index = 0;
      while (index < length && bytes[start + index] === name[index]) index += 1;
      if (index === length) return this.knownIds[length][which];
    }
    return 0;
  }

  private unreadable(bytes: Uint8Array, lt: number): XmlError {
    return new XmlError(
      `XML: unreadable tag near "${decodeText(bytes, lt, Math.min(bytes.length, lt + 40), true)}"`
    );
  }

  /** Scans as far as it can; returns how many bytes were consumed. */
  private scan(bytes: Uint8Array, final: boolean, start = 0): number {
    const handler = this.handler;
    const shortcut = this.shortcut;
    const shortcutByte = shortcut === undefined ? 256 : shortcut.first; // 256: no byte
    const length = bytes.length;
    let position = start;
    for (;;) {
      // A plain loop: Uint8Array.prototype.indexOf costs about 80 ns a call, more than a tag.
      let lt = position;
      while (lt < length && bytes[lt] !== LT) lt += 1;
      if (lt === length) {
        if (final && position < length && handler.wantsText())
          handler.text(bytes, position, length, false);
        return final ? length : position;
      }
      if (lt > position && handler.wantsText()) handler.text(bytes, position, lt, false);
      // Never read past the end: an out-of-bounds read throws V8's optimised code away.
      const next = lt + 1 < length ? bytes[lt + 1] : -1;
      if (next === shortcutByte) {
        const after = (shortcut as ElementShortcut).read(bytes, lt, length);
        if (after !== -1) {
          position = after;
          continue;
        }
      }
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const end = this.special(bytes, lt);
        if (end === -1) {
          if (final) throw new XmlError("XML: the document ends inside a tag");
          return lt;
        }
        position = end;
        continue;
      }
      let index = lt + 1;
      const closing = next === SLASH;
      if (closing) index += 1;
      const nameStart = index;
      let colon = -1;
      for (; index < length; index += 1) {
        const code = bytes[index];
        if (
          code === 32 ||
          code === GT ||
          code === SLASH ||
          code === 9 ||
          code === 10 ||
          code === 13
        )
          break;
        if (code === 58 /* : */) colon = index;
      }
      if (index >= length) {
        if (final) throw new XmlError("XML: the document ends inside a tag");
        return lt;
      }
      const nameEnd = index;
      const localStart = colon === -1 ? nameStart : colon + 1;
      const attributesStart = index;
      let quote = 0;
      for (; index < length; index += 1) {
        const code = bytes[index];
        if (quote !== 0) {
          if (code === quote) quote = 0;
        } else if (code === 34 || code === 39) quote = code;
        else if (code === GT) break;
        else if (code === LT) throw this.unreadable(bytes, lt);
      }
      if (index >= length) {
        if (final) throw new XmlError("XML: the document ends inside a tag");
        return lt;
      }
      const first = bytes[localStart] | 0x20;
      if (localStart >= nameEnd || ((first < 97 || first > 122) && bytes[localStart] !== 95))
        throw this.unreadable(bytes, lt);
      position = index + 1;
      const name = this.nameId(bytes, localStart, nameEnd);
      if (closing) {
        handler.close(name);
        continue;
      }
      const selfClosing = bytes[index - 1] === SLASH;
      handler.open(name, bytes, attributesStart, selfClosing ? index - 1 : index, selfClosing);
      if (selfClosing) handler.close(name);
    }
  }

  private startsWith(bytes: Uint8Array, at: number, text: string): boolean {
    if (at + text.length > bytes.length) return false;
    for (let index = 0; index < text.length; index += 1)
      if (bytes[at + index] !== text.charCodeAt(index)) return false;
    return true;
  }

  /** The first `text` at or after `from`, or -1. */
  private find(bytes: Uint8Array, text: string, from: number): number {
    for (let at = bytes.indexOf(text.charCodeAt(0), from); at !== -1;) {
      if (this.startsWith(bytes, at, text)) return at;
      at = bytes.indexOf(text.charCodeAt(0), at + 1);
    }
    return -1;
  }

  /** Comments, processing instructions and CDATA; returns the position after, or -1 (unfinished). */
  private special(bytes: Uint8Array, lt: number): number {
    if (this.startsWith(bytes, lt, "<!--")) {
      const end = this.find(bytes, "-->", lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (this.startsWith(bytes, lt, "<?")) {
      const end = this.find(bytes, "?>", lt + 2);
      return end === -1 ? -1 : end + 2;
    }
    if (this.startsWith(bytes, lt, "<![CDATA[")) {
      const end = this.find(bytes, "]]>", lt + 9);
      if (end === -1) return -1;
      if (this.handler.wantsText()) this.handler.text(bytes, lt + 9, end, true);
      return end + 3;
    }
    if (bytes.length - lt < 9) return -1;
    throw new XmlError("XML: a document type declaration (DOCTYPE) is not accepted");
  }
}
