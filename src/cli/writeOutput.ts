/**
 * Writing an output file of the command line, atomically: the bytes go to a temporary file beside
 * the target, which is then renamed over it, so a crash or a full disk never leaves half a file and
 * never damages an existing one (ARCHITECTURE §3.1). A path that cannot be written (missing folder,
 * a folder, no permission, the file open in Excel) is a user error with a one-line message naming
 * the file (exit 1), not an internal error.
 *
 * A symbolic link is written through (its target is replaced, the link stays), and a path that is
 * no regular file (/dev/null, /dev/stdout, a named pipe) is written into directly, as any Unix
 * tool does: renaming over those replaced a device node with a file (found when an analyst tried
 * `--json /dev/null`, run as root) and a link with a copy (its target never written).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { lstat, readlink, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
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
  let temporary: string | null = null;
  try {
    const target = await outputTarget(path);
    if (target.kind === "stream") await writeData(path, data, "w");
    else {
      temporary = temporaryPathFor(target.path);
      await writeData(temporary, data, "wx");
      await rename(temporary, target.path);
    }
  } catch (error) {
    if (temporary !== null) await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(
      language === "nl"
        ? `${path}: kan niet schrijven (${reason}); controleer of de map bestaat en het bestand niet geopend is.`
        : `${path}: cannot write (${reason}); check that the folder exists and the file is not open.`
    );
  }
}

/**
 * Where `path` is written: a regular file, or a path not there yet, atomically at its real place
 * (symbolic links followed, also one whose target does not exist yet); anything else that exists
 * (a device, a pipe, a terminal, /proc/self/fd/1) by writing into it.
 *
 * @example await outputTarget("/dev/null") // { kind: "stream" }
 */
async function outputTarget(
  path: string
): Promise<{ kind: "file"; path: string } | { kind: "stream" }> {
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (found)
    return found.isFile()
      ? { kind: "file", path: await realpath(path) }
      : found.isDirectory()
        ? { kind: "file", path }
        : { kind: "stream" };
  // Not there: the path itself, or the end of a chain of links that points nowhere yet.
  let target = path;
  for (let hop = 0; hop < 40; hop += 1) {
    const link = await lstat(target).catch(() => null);
    if (!link?.isSymbolicLink()) return { kind: "file", path: target };
    target = resolve(dirname(target), await readlink(target));
  }
  throw Object.assign(new Error("ELOOP"), { code: "ELOOP" });
}

/** Writes data, opening `path` with `flag` ("wx": a new file only; "w": into what is there). */
async function writeData(
  path: string,
  data: string | Uint8Array | readonly string[],
  flag: "w" | "wx"
): Promise<void> {
  if (typeof data === "string" || data instanceof Uint8Array) await writeFile(path, data, { flag });
  else writeTexts(path, data, flag);
}

/** Bytes of the buffer that text is encoded into before it is written. */
const BUFFER_BYTES = 1 << 18;
/** UTF-16 units encoded at a time: UTF-8 takes at most 3 bytes for one, so a slice always fits. */
const SLICE_LENGTH = Math.floor(BUFFER_BYTES / 3);

/**
 * Writes text pieces to a file (a new one: "wx", O_EXCL) as UTF-8 through one buffer of 256
 * KiB, slice by slice (a slice of a flat string is no copy), never cutting between the two halves
 * of a surrogate pair. Why: `Buffer.from` of each piece of a 7 MB report touched 7 MB of fresh
 * memory and counted its UTF-8 length first. Synchronous: nothing else runs meanwhile, and each
 * write is one system call.
 */
function writeTexts(path: string, texts: readonly string[], flag: "w" | "wx"): void {
  const file = openSync(path, flag);
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
