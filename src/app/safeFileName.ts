/**
 * File names made from what people typed (a network's name) that are safe on Windows, macOS and
 * Linux and unique in one folder.
 */

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A safe file name stem: characters not allowed in file names (\ / : * ? " < > | and control
 * characters) become "_", white space is collapsed, leading/trailing dots and spaces are dropped,
 * Windows device names get a "_" in front, and the result is at most 80 characters; an empty
 * result becomes `fallback`.
 *
 * @example safeFileStem("Netwerk Gent / Oost: 2024?") // "Netwerk Gent _ Oost_ 2024_"
 * @example safeFileStem("CON") // "_CON"
 */
export function safeFileStem(name: string, fallback = "netwerk"): string {
  let stem = name
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (stem.length > 80) stem = stem.slice(0, 80).replace(/[\s.]+$/g, "");
  if (stem === "") stem = fallback;
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return stem;
}

/**
 * Gives every name a unique file name `<stem>.<extension>` (case-insensitively unique, as on
 * Windows and macOS); later duplicates get " (2)", " (3)", ….
 *
 * @example uniqueFileNames(["Gent", "gent", "A/B"], "xlsx") // ["Gent.xlsx", "gent (2).xlsx", "A_B.xlsx"]
 */
export function uniqueFileNames(names: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const stem = safeFileStem(name);
    let candidate = `${stem}.${extension}`;
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter += 1)
      candidate = `${stem} (${counter}).${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
