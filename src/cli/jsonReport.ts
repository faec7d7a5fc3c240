/**
 * The JSON report as the command line writes it: exactly `JSON.stringify(value, null, 2)` plus a
 * line end, made one top-level key at a time. Why: V8 builds a JSON text in one-byte characters
 * until it meets a character beyond Latin-1 (a statement's en dash, "Dēmos"), then switches the
 * whole text to two bytes per character; per key, the large ASCII parts (every respondent's styles
 * and index, 6 of the 7 MB for 20,000 respondents) stay one-byte and are encoded to UTF-8 faster.
 * writeOutput encodes the pieces through one small buffer.
 *
 * Why the built-in and no serializer of our own: measured on 20,000 respondents in a fresh process
 * (2026-12-02), a template serializer in JavaScript (one string concatenation per record shape)
 * took 3× as long as `JSON.stringify` for the respondent lists, before V8 had optimised it; and
 * cutting those lists into `JSON.stringify` calls of 256 elements saved page faults but cost as
 * much again in young-generation garbage collection.
 */

/**
 * The text of `JSON.stringify(value, null, 2) + "\n"` in pieces (their concatenation is that text).
 *
 * @example jsonReportPieces({ a: 1, b: [true] }).join("") // '{\n  "a": 1,\n  "b": [\n    true\n  ]\n}\n'
 */
export function jsonReportPieces(value: object): string[] {
  // Pieces per key only for a plain object; anything else in one piece.
  if (Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === "function")
    return [`${JSON.stringify(value, null, 2)}\n`];
  const pieces = ["{"];
  let first = true;
  for (const key of Object.keys(value)) {
    // '{\n  "key": …\n}', the member indented as at the top level; "{}" when JSON leaves it out.
    const member = JSON.stringify({ [key]: (value as Record<string, unknown>)[key] }, null, 2);
    if (member === "{}") continue;
    pieces.push(first ? "\n" : ",\n", member.slice(2, -2));
    first = false;
  }
  pieces.push(first ? "}\n" : "\n}\n");
  return pieces;
}
