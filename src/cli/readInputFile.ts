/**
 * Reading one input file from disk for the command line (a workbook, a CSV file, a codebook), with
 * every file-system problem turned into one line naming the file (exit 1), never an internal error
 * and never a hang:
 *
 * - not found, a broken symbolic link, no permission, a folder;
 * - not a regular file (a FIFO, `/dev/zero`, a socket): refused before reading, as reading would
 *   block forever or never end. The file is opened non-blocking and checked on the open handle, so
 *   it cannot be swapped for a pipe between the check and the read;
 * - larger than the limit (200 MB): refused from its size before a byte is read (a sparse 3 GB
 *   file takes no time to refuse).
 *
 * Paths in messages pass through `printable` (printable.ts): a name holding a line break or a
 * terminal escape prints as one harmless line.
 */
import { constants } from "node:fs";
import { lstat, open } from "node:fs/promises";
import { basename } from "node:path";
import type { Language } from "../analysis/language";
import { InputError, MAX_INPUT_BYTES } from "../analysis/inputError";
import { CliError } from "./loadInput";
import { cliMessage } from "./cliMessages";
import { printable } from "./printable";

export { printable };

/** The one-line message for a failed file-system call on `path`. */
export function fileSystemMessage(
  path: string,
  code: string | undefined,
  language: Language
): string {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return cliMessage(language, { code: "FILE_NOT_FOUND", path });
    case "EACCES":
    case "EPERM":
      return cliMessage(language, { code: "NO_ACCESS", path });
    case "EISDIR":
      return cliMessage(language, { code: "IS_FOLDER", path });
    case "ELOOP":
      return cliMessage(language, { code: "LINK_LOOP", path });
    default:
      return cliMessage(language, { code: "UNREADABLE", path, reason: code });
  }
}

export interface ReadInputFileOptions {
  /** Largest size accepted (default MAX_INPUT_BYTES, 200 MB). */
  maxBytes?: number;
}

/**
 * The bytes of an input file, after checking that it is a regular file within the size limit.
 *
 * @throws CliError (exit 1) for a file-system problem; InputError TOO_LARGE or EMPTY_FILE
 * @example const bytes = await readInputFile("antwoorden.xlsx", "nl");
 */
export async function readInputFile(
  path: string,
  language: Language,
  options: ReadInputFileOptions = {}
): Promise<Uint8Array> {
  const shown = printable(path);
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let handle;
  try {
    // Non-blocking: opening a FIFO for reading would otherwise wait for a writer forever.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      const link = await lstat(path).catch(() => undefined);
      if (link?.isSymbolicLink())
        throw new CliError(cliMessage(language, { code: "BROKEN_LINK", path: shown }));
    }
    throw new CliError(fileSystemMessage(shown, code, language));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new CliError(fileSystemMessage(shown, "EISDIR", language));
    if (!info.isFile())
      throw new CliError(cliMessage(language, { code: "NOT_A_REGULAR_FILE", path: shown }));
    const name = printable(basename(path));
    if (info.size > maxBytes)
      throw new InputError(
        "TOO_LARGE",
        { file: name, sizeBytes: info.size, limitBytes: maxBytes },
        language
      );
    if (info.size === 0) throw new InputError("EMPTY_FILE", { file: name }, language);
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof CliError || error instanceof InputError) throw error;
    throw new CliError(fileSystemMessage(shown, (error as NodeJS.ErrnoException).code, language));
  } finally {
    await handle.close();
  }
}
