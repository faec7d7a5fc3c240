/**
 * Reads each file of a `consolidate` run once, although the run may make two passes: the survey
 * pass reads every file, and only when the input turns out to hold monitoring templates does the
 * monitoring pass go over the same files (docs/consolidate.md). What the monitoring pass needs is
 * kept from the first read: the grids of each monitoring template, the sheet names of any other
 * workbook (enough to report it as not a monitoring template) and the error of a file that could
 * not be read. A survey folder therefore keeps no survey grids in memory.
 *
 * @example
 * const reads = readOnce(readXlsx);
 * await consolidateWorkbooks(files, { readWorkbook: reads.firstPass });
 * if (reads.monitoringFiles().length) await consolidateMonitoringWorkbooks(reads.again(files), { readWorkbook: reads.secondPass });
 */
import type { Grid } from "../analysis/grid";
import type { WorkbookFile, WorkbookReader } from "../template/consolidate";
import { isMonitoringTemplate } from "../template/readMonitoringTemplate";

const NO_BYTES = new Uint8Array(0);

export function readOnce(read: WorkbookReader) {
  const outcomes = new Map<string, { grids: Grid[] } | { error: unknown }>();
  const monitoring: string[] = [];
  return {
    /** The reader of the first (survey) pass: reads, and remembers what the second pass needs. */
    firstPass: (async (bytes, name, language) => {
      let grids: Grid[];
      try {
        grids = await read(bytes, name, language);
      } catch (error) {
        outcomes.set(name, { error });
        throw error;
      }
      if (isMonitoringTemplate(grids)) {
        monitoring.push(name);
        outcomes.set(name, { grids });
      } else outcomes.set(name, { grids: grids.map((grid) => ({ ...grid, rows: [] })) });
      return grids;
    }) satisfies WorkbookReader,
    /** The monitoring templates the first pass saw, in reading order. */
    monitoringFiles: (): readonly string[] => monitoring,
    /** The files again, without their bytes where the first pass already read them. */
    again: (files: readonly WorkbookFile[]): WorkbookFile[] =>
      files.map((file) => (outcomes.has(file.name) ? { ...file, bytes: NO_BYTES } : file)),
    /** The reader of the second (monitoring) pass: the first read's outcome, else a real read. */
    secondPass: (async (bytes, name, language) => {
      const outcome = outcomes.get(name);
      if (!outcome) return read(bytes, name, language);
      if ("error" in outcome) throw outcome.error;
      return outcome.grids;
    }) satisfies WorkbookReader,
  };
}
