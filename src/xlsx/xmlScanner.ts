/**
 * A small streaming XML scanner (SAX-style: open tag, close tag, text) for the parts of an .xlsx
 * package. Text arrives in chunks of any size; only the unfinished tail is kept between chunks, so
 * a 150 MB sheet never becomes one string.
 *
 * Written by hand (about 150 lines) because the reader must run in Node and the browser on bytes
 * from fflate, and the XML libraries at hand are either ExcelJS's private dependency (saxes) or
 * build a DOM (@xmldom/xmldom, a dev dependency). SpreadsheetML needs little of XML: elements,
 * attributes, text, the five named entities and character references. A document type declaration
 * (`<!DOCTYPE`, where entity bombs and external entities live) is refused, never interpreted.
 *
 * Element names are given without their namespace prefix (`x:c` → `c`), as Strict OOXML and some
 * writers prefix them.
 *
 * @example
 * const scanner = new XmlScanner({ open: (name, attributes) => …, close: (name) => …, text: (t) => … });
 * scanner.push('<sheetData><row r="1"><c r="A1"><v>4</v></c></row></sheetData>');
 * scanner.end();
 */

export interface XmlHandler {
  /** An opening (or self-closing) tag; `attributes` is the raw attribute text (see attribute()). */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags, entities decoded; only called while `wantsText()` is true. */
  text(text: string): void;
  wantsText(): boolean;
}

/** Thrown for XML the scanner cannot or will not read; the caller turns it into CORRUPT. */
export class XmlError extends Error {}

/** The longest unfinished piece kept between chunks (a tag, a comment, a text run). */
const MAX_PENDING = 16 * 1024 * 1024;

/** How much of a new chunk is joined to the unfinished piece of the last one (see push). */
const HEAD_CHARS = 4096;

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Decodes the five named entities and character references; anything else is left as written.
 *
 * @example decodeEntities("a &lt; b &#38; &#x43;") // "a < b & C"
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body];
    const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The index of the first character at or after `index` that is not XML white space. */
function skipSpace(text: string, index: number): number {
  let at = index;
  while (text[at] === " " || text[at] === "\t" || text[at] === "\n" || text[at] === "\r") at += 1;
  return at;
}

/**
 * One attribute's decoded value from a tag's attribute text; undefined when absent. Matches the
 * whole name (prefix included when given: `r:id`).
 *
 * @example attribute(' r="B2" t="s"', "t") // "s"
 */
export function attribute(attributes: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at === -1) return undefined;
    from = at + name.length;
    const before = attributes.charCodeAt(at - 1);
    // A whole name: preceded by white space, followed by optional spaces and "=".
    if (at > 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let index = skipSpace(attributes, from);
    if (attributes[index] !== "=") continue;
    index = skipSpace(attributes, index + 1);
    const quote = attributes[index];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = attributes.indexOf(quote, index + 1);
    if (close === -1) return undefined;
    return decodeEntities(attributes.slice(index + 1, close));
  }
}

export class XmlScanner {
  /** The unfinished tail of the last chunk. */
  private pending = "";
  constructor(private readonly handler: XmlHandler) {}

  /** Scans a chunk of text; an unfinished tag at its end waits for the next chunk. */
  push(chunk: string): void {
    let text = chunk;
    let start = 0;
    if (this.pending !== "") {
      // Finish the unfinished piece with the start of the chunk, then scan the chunk itself: a
      // joined string (pending + chunk) is a rope that V8 reads much more slowly than the chunk.
      const head = this.pending + chunk.slice(0, HEAD_CHARS);
      const consumed = this.scan(head, false);
      if (consumed >= this.pending.length && head.length < this.pending.length + chunk.length)
        start = consumed - this.pending.length;
      else text = head.slice(consumed) + chunk.slice(head.length - this.pending.length);
    }
    const consumed = this.scan(text, false, start);
    this.pending = text.slice(consumed);
    if (this.pending.length > MAX_PENDING) throw new XmlError("XML: a tag or text run is too long");
  }

  /** The end of the document: anything unfinished is an error. */
  end(): void {
    const consumed = this.scan(this.pending, true);
    const rest = this.pending.slice(consumed);
    this.pending = "";
    if (rest.trim() !== "") throw new XmlError("XML: the document ends inside a tag");
  }

  /** Scans as far as it can; returns how many characters were consumed. */
  private scan(text: string, final: boolean, start = 0): number {
    const handler = this.handler;
    let position = start;
    for (;;) {
      const lt = text.indexOf("<", position);
      if (lt === -1) {
        // Text without a following tag: wait for more (at the end it is trailing white space).
        if (final && handler.wantsText() && position < text.length)
          handler.text(decodeEntities(text.slice(position)));
        return final ? text.length : position;
      }
      if (lt > position && handler.wantsText())
        handler.text(decodeEntities(text.slice(position, lt)));
      const next = text.charCodeAt(lt + 1);
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const end = this.special(text, lt);
        if (end === -1) return lt;
        position = end;
        continue;
      }
      // The tag by hand (a regular expression per tag was the slowest part): its name, then up
      // to the ">" that is not inside a quoted attribute value.
      const length = text.length;
      let index = lt + 1;
      const closing = text.charCodeAt(index) === 47; /* / */
      if (closing) index += 1;
      const nameStart = index;
      let colon = -1;
      for (; index < length; index += 1) {
        const code = text.charCodeAt(index);
        if (code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13)
          break;
        if (code === 58 /* : */) colon = index;
      }
      if (index >= length) {
        if (final) throw new XmlError("XML: the document ends inside a tag");
        return lt;
      }
      const name = text.slice(colon === -1 ? nameStart : colon + 1, index);
      const attributesStart = index;
      let quote = 0;
      for (; index < length; index += 1) {
        const code = text.charCodeAt(index);
        if (quote !== 0) {
          if (code === quote) quote = 0;
        } else if (code === 34 || code === 39) quote = code;
        else if (code === 62 /* > */) break;
        else if (code === 60 /* < */)
          throw new XmlError(`XML: unreadable tag near "${text.slice(lt, lt + 40)}"`);
      }
      if (index >= length) {
        if (final) throw new XmlError("XML: the document ends inside a tag");
        if (index - lt > MAX_PENDING) throw new XmlError("XML: a tag is too long");
        return lt;
      }
      const first = name.charCodeAt(0) | 0x20;
      if (name === "" || ((first < 97 || first > 122) && name[0] !== "_"))
        throw new XmlError(`XML: unreadable tag near "${text.slice(lt, lt + 40)}"`);
      position = index + 1;
      if (closing) {
        handler.close(name);
        continue;
      }
      const selfClosing = text.charCodeAt(index - 1) === 47;
      const attributes =
        index - (selfClosing ? 1 : 0) > attributesStart
          ? text.slice(attributesStart, selfClosing ? index - 1 : index)
          : "";
      handler.open(name, attributes, selfClosing);
      if (selfClosing) handler.close(name);
    }
  }

  /** Comments, processing instructions and CDATA; returns the position after, or -1 (unfinished). */
  private special(text: string, lt: number): number {
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (text.startsWith("<?", lt)) {
      const end = text.indexOf("?>", lt + 2);
      return end === -1 ? -1 : end + 2;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      if (end === -1) return -1;
      if (this.handler.wantsText()) this.handler.text(text.slice(lt + 9, end));
      return end + 3;
    }
    if (text.length - lt < 9) return -1;
    // <!DOCTYPE …> and anything else: no part of a workbook needs it, and entities live there.
    throw new XmlError("XML: a document type declaration (DOCTYPE) is not accepted");
  }
}
