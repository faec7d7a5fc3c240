/**
 * Outputs never destroy inputs (ARCHITECTURE §3.1): before a command reads anything, every output
 * path is checked against every input and every other output. Two paths are the same file when
 * they resolve to the same device and inode (symlinks, hard links, "./a" vs "a", and a case
 * difference on a case-insensitive file system), or — for outputs that do not exist yet — when
 * their resolved folders and names match (case-folded where the folder's file system ignores case).
 * An output inside a folder that is consolidated is refused too: the next run would read it.
 * A clash is wrong usage: exit 2 with one line naming both paths, and nothing is read or written.
 */
import { realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join, relative, isAbsolute } from "node:path";
import type { Language } from "../analysis/language";
import { cliMessage } from "./cliMessages";
import { CliError } from "./loadInput";

/** A path given on the command line, with the option that gave it (for the message). */
export interface NamedPath {
  /** e.g. "--out", "--json", "--codebook" — shown in the message; none for a positional input. */
  option?: string;
  path: string;
}

interface Resolved extends NamedPath {
  /** Real path of the file, or of its folder joined with the name when the file does not exist. */
  real: string;
  stats: Stats | null;
  caseInsensitive: boolean;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Whether the file system holding `folder` ignores case: the folder's name with its case swapped
 * leads to the same inode. Folders without letters in their last part fall back to the platform
 * (Windows and macOS default to case-insensitive file systems).
 */
function ignoresCase(folder: string): boolean {
  const name = basename(folder);
  const swapped = [...name]
    .map((ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()))
    .join("");
  if (swapped === name) return process.platform === "win32" || process.platform === "darwin";
  const original = statOrNull(folder);
  const other = statOrNull(join(dirname(folder), swapped));
  return Boolean(original && other && original.ino === other.ino && original.dev === other.dev);
}

function resolvePath(named: NamedPath): Resolved {
  const stats = statOrNull(named.path);
  if (stats) {
    const real = realpathSync(named.path);
    return { ...named, real, stats, caseInsensitive: ignoresCase(dirname(real)) };
  }
  // Not there yet: resolve the folder (it may be a symlink) and keep the name as given.
  let folder = dirname(named.path);
  try {
    folder = realpathSync(folder);
  } catch {
    // A missing folder: the write itself reports it.
  }
  return {
    ...named,
    real: join(folder, basename(named.path)),
    stats: null,
    caseInsensitive: ignoresCase(folder),
  };
}

function samePath(a: Resolved, b: Resolved): boolean {
  if (a.stats && b.stats) return a.stats.dev === b.stats.dev && a.stats.ino === b.stats.ino;
  if (a.real === b.real) return true;
  return (a.caseInsensitive || b.caseInsensitive) && a.real.toLowerCase() === b.real.toLowerCase();
}

/** Whether `inner` lies inside the folder `outer` (both resolved). */
function isInside(inner: Resolved, outer: Resolved): boolean {
  if (!outer.stats?.isDirectory()) return false;
  const fold = (text: string) =>
    inner.caseInsensitive || outer.caseInsensitive ? text.toLowerCase() : text;
  const rel = relative(fold(outer.real), fold(inner.real));
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

function clash(
  output: Resolved,
  other: Resolved,
  kind: "input" | "output" | "folder",
  language: Language
) {
  const what = output.option ? `${output.option} ${output.path}` : output.path;
  const that = other.option ? `${other.option} ${other.path}` : other.path;
  if (kind === "folder")
    return cliMessage(language, {
      code: "OUTPUT_IN_INPUT_FOLDER",
      output: what,
      folder: other.path,
    });
  if (kind === "input")
    return cliMessage(language, { code: "OUTPUT_IS_INPUT", output: what, input: that });
  return cliMessage(language, { code: "OUTPUTS_SAME_FILE", output: what, other: that });
}

/**
 * Throws a usage error (exit 2) when an output resolves to an input, lies inside an input folder,
 * or resolves to another output. `-` (standard output) is never a file.
 *
 * @example
 * assertOutputsSafe([{ path: "in.xlsx" }], [{ option: "--out", path: "in.xlsx" }], "nl");
 * // throws CliError(exitCode 2): "--out in.xlsx is hetzelfde bestand als de invoer …"
 */
export function assertOutputsSafe(
  inputs: readonly NamedPath[],
  outputs: readonly NamedPath[],
  language: Language
): void {
  const resolvedInputs = inputs.map(resolvePath);
  const resolvedOutputs = outputs.filter((output) => output.path !== "-").map(resolvePath);
  resolvedOutputs.forEach((output, index) => {
    for (const input of resolvedInputs) {
      if (samePath(output, input)) throw new CliError(clash(output, input, "input", language), 2);
      if (isInside(output, input)) throw new CliError(clash(output, input, "folder", language), 2);
    }
    for (const other of resolvedOutputs.slice(0, index))
      if (samePath(output, other)) throw new CliError(clash(output, other, "output", language), 2);
  });
}
