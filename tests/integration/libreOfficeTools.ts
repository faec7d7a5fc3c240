/**
 * LibreOffice and poppler for the integration tests that open our workbooks the way a user without
 * Excel would (libreoffice.test.ts: the template; libreofficeMonitoring.test.ts: the monitoring
 * template's print setup; libreofficeCharts.test.ts: the report's charts).
 * The tests run when `soffice` (or `libreoffice`) is on PATH; CI installs libreoffice-calc and
 * poppler-utils.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";

/** The first of these programs found on PATH, or null. */
export function onPath(...names: string[]): string | null {
  const folders = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  for (const name of names)
    for (const folder of folders) {
      const candidate = path.join(folder, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  return null;
}

export const soffice = onPath("soffice", "libreoffice");
export const pdftotext = onPath("pdftotext");
export const CONVERT_TIMEOUT_MS = 120_000;

/**
 * Converts with LibreOffice into `outDir`; returns the output file. A private HOME and user
 * profile under `workDir` keep it away from any running LibreOffice and from a read-only home.
 */
export function convert(
  file: string,
  format: "pdf" | "xlsx",
  outDir: string,
  workDir: string
): string {
  const home = path.join(workDir, "home");
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(outDir, { recursive: true });
  const result = spawnSync(
    soffice!,
    [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${pathToFileURL(path.join(workDir, "profile")).href}`,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      file,
    ],
    { env: { ...process.env, HOME: home }, encoding: "utf8", timeout: CONVERT_TIMEOUT_MS }
  );
  const output = path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
  const detail = `exit ${result.status}, signal ${result.signal}\n${result.stdout}\n${result.stderr}`;
  expect([result.error?.message ?? null, result.status, detail]).toEqual([null, 0, detail]);
  expect(result.stderr).not.toMatch(/\bError\b|source file could not be loaded/i);
  expect(fs.existsSync(output)).toBe(true);
  return output;
}
