/**
 * Writing an output file of the command line. A path that cannot be written (missing folder, a
 * folder, no permission, the file open in Excel) is a user error with a one-line message naming
 * the file (exit 1), not an internal error.
 */
import { writeFile } from "node:fs/promises";
import type { Language } from "../analysis/language";
import { CliError } from "./loadInput";

export async function writeOutput(
  path: string,
  data: string | Uint8Array,
  language: Language
): Promise<void> {
  try {
    await writeFile(path, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(
      language === "nl"
        ? `${path}: kan niet schrijven (${reason}); controleer of de map bestaat en het bestand niet geopend is.`
        : `${path}: cannot write (${reason}); check that the folder exists and the file is not open.`
    );
  }
}
