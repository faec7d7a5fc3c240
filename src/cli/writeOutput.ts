/**
 * Writing an output file of the command line, atomically: the bytes go to a temporary file beside
 * the target, which is then renamed over it, so a crash or a full disk never leaves half a file and
 * never damages an existing one (ARCHITECTURE §3.1). A path that cannot be written (missing folder,
 * a folder, no permission, the file open in Excel) is a user error with a one-line message naming
 * the file (exit 1), not an internal error.
 */
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
 * Writes `data` to `path` atomically. Several chunks (a large JSON report in pieces) are written
 * one after the other, not joined into one buffer first.
 */
export async function writeOutput(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  language: Language
): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, data, { flag: "wx" });
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
