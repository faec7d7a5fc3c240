/**
 * Writing an output file of the command line, atomically: the bytes go to a temporary file beside
 * the target, which is then renamed over it, so a crash or a full disk never leaves half a file and
 * never damages an existing one (ARCHITECTURE §3.1). A path that cannot be written (missing folder,
 * a folder, no permission, the file open in Excel) is a user error with a one-line message naming
 * the file (exit 1), not an internal error.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Language } from "../analysis/language";
import { CliError } from "./loadInput";

/**
 * The temporary file beside `path`: hidden, and named so a folder walk ignores it. The suffix need
 * not be unguessable (the file is created with O_EXCL, "wx", so nothing planted there is ever
 * followed or overwritten), only unlikely to clash: process id and a random number, without
 * loading node:crypto (milliseconds of every run) for it.
 */
export function temporaryPathFor(path: string): string {
  const suffix = Math.floor(Math.random() * 0x100000000)
    .toString(16)
    .padStart(8, "0");
  return join(dirname(path), `.${basename(path)}.${process.pid}-${suffix}.tmp`);
}

/**
 * Writes `data` to `path` atomically. Text in pieces (the JSON report) is encoded into one reused
 * buffer, never joined into one string or copied into buffers of its size.
 */
export async function writeOutput(
  path: string,
  data: string | Uint8Array | readonly string[],
  language: Language
): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    if (typeof data === "string" || data instanceof Uint8Array)
      await writeFile(temporary, data, { flag: "wx" });
    else writeTexts(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(
      language === "nl"
        ? `${path}: kan niet schrijven (${reason}); controleer of de map bestaat en het bestand niet geopend is.`
        : `${path}: cannot write (${reason}); check that the folder exists and the file is not open.`
    );
  }
}

/** Bytes of the buffer that text is encoded into before it is written. */
const BUFFER_BYTES = 1 << 18;
/** UTF-16 units encoded at a time: UTF-8 takes at most 3 bytes for one, so a slice always fits. */
const SLICE_LENGTH = Math.floor(BUFFER_BYTES / 3);

/**
 * Writes text pieces to a new file (created with O_EXCL, "wx") as UTF-8 through one buffer of 256
 * KiB, slice by slice (a slice of a flat string is no copy), never cutting between the two halves
 * of a surrogate pair. Why: `Buffer.from` of each piece of a 7 MB report touched 7 MB of fresh
 * memory and counted its UTF-8 length first. Synchronous: nothing else runs meanwhile, and each
 * write is one system call.
 */
function writeTexts(path: string, texts: readonly string[]): void {
  const file = openSync(path, "wx");
  try {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    let used = 0;
    for (const text of texts) {
      for (let start = 0; start < text.length;) {
        let end = Math.min(text.length, start + SLICE_LENGTH);
        if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
        if (3 * (end - start) > BUFFER_BYTES - used) {
          writeAll(file, buffer.subarray(0, used));
          used = 0;
        }
        used += buffer.write(end - start === text.length ? text : text.slice(start, end), used);
        start = end;
      }
    }
    writeAll(file, buffer.subarray(0, used));
  } finally {
    closeSync(file);
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Writes all of `bytes` (a write may take fewer bytes than it was given). */
function writeAll(file: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(file, bytes, done);
}
