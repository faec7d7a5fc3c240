/**
 * The little XML the chart writer needs: escaping text and attribute values, and reading the
 * attributes of the elements ExcelJS writes in a fixed form (`<sheet …/>`, `<Relationship …/>`).
 * Written by hand because the browser chunk should not carry an XML parser for three element
 * types; the tests parse every part with @xmldom/xmldom.
 */

/**
 * Escapes text for XML content and attribute values.
 *
 * @example escapeXml(`Rol's & "taken"`) // "Rol&apos;s &amp; &quot;taken&quot;"
 */
export function escapeXml(text: string): string {
  return (
    text
      // characters XML 1.0 does not allow at all
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

/** Undoes escapeXml (and numeric character references). */
export function unescapeXml(text: string): string {
  return text.replace(
    /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g,
    (_match, entity: string) => {
      if (entity[0] === "#")
        return String.fromCodePoint(
          entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
        );
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
    }
  );
}

/**
 * The attributes of every `<name …>` element in `xml`, unescaped, keyed by their qualified name.
 *
 * @example elementAttributes('<sheets><sheet name="A &amp; B" r:id="rId1"/></sheets>', "sheet") // [{ name: "A & B", "r:id": "rId1" }]
 */
export function elementAttributes(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const element = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}(\\s[^>]*?)?/?>`, "g");
  for (const match of xml.matchAll(element)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
      attributes[attribute[1]] = unescapeXml(attribute[3] ?? attribute[4] ?? "");
    found.push(attributes);
  }
  return found;
}
