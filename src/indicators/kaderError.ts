/**
 * A framework that cannot be used at all (docs/indicators.md §3: no `Indicatoren` sheet, a
 * required column missing, an indicator defined in a way the rules cannot follow): a one-line
 * error naming file, sheet and cell; the command line exits with 1. Row-level problems are never
 * this error: they are Issues and the run goes on.
 *
 * @example throw new KaderError("IND_MISSING_COLUMN", "kolom 'type' ontbreekt", { file: "kader.xlsx", sheet: "Indicatoren", cell: "A1" });
 */
export class KaderError extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly where: { file?: string; sheet?: string; cell?: string }
  ) {
    const location = [
      where.file,
      where.sheet && where.cell ? `${where.sheet}!${where.cell}` : where.sheet,
    ]
      .filter(Boolean)
      .join(", ");
    super(location ? `${location}: ${detail}` : detail);
    this.name = "KaderError";
  }
}

export function isKaderError(error: unknown): error is KaderError {
  return error instanceof KaderError;
}
