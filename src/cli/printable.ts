/**
 * Text made safe to print on one terminal line: control characters (C0, DEL, C1) and the Unicode
 * bidirectional overrides, which could break a line, clear the screen or reorder what is shown,
 * are escaped as `\xNN` / `\uNNNN`. File names, sheet names and cell text all pass through here
 * before they are printed. Kept tiny and free of imports: main.ts loads it at start-up.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_AND_TAB = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escape(character: string): string {
  if (character === "\t") return "\\t";
  const code = character.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * A name (file, sheet) for a message: every control character escaped, line feed and tab too.
 *
 * @example printable("netwerk\n.xlsx") // "netwerk\\x0a.xlsx"
 */
export function printable(name: string): string {
  return name.replace(CONTROLS_AND_TAB, escape);
}

/**
 * Output text: control characters escaped but the line feeds and tabs that lay it out.
 *
 * @example escapeControls("a\x1b[31m\n") // "a\\x1b[31m\n"
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escape);
}
