/**
 * `netwerkmeter template`: writes the coordinator template (ARCHITECTURE §3.1) for a preset, in
 * Dutch or English, as an .xlsx file: the sheets of src/template/templateSpec.ts written by
 * src/xlsx/writeTemplate.ts. Exit 0 with one confirmation line; 2 for wrong usage (no --out, an
 * --out that is not .xlsx, an unknown preset); 1 when the file cannot be written.
 */
import { writeOutput } from "./writeOutput";
import { extname } from "node:path";
import type { Language } from "../analysis/language";
import { PRESETS, findPreset } from "../presets";
import { DEMOS_PRESET_ID } from "../presets/demosCoordinatoren";
import { buildTemplateSpec } from "../template/templateSpec";
import { writeTemplateWorkbook } from "../xlsx/writeTemplate";
import type { CliIO } from "./io";
import { CliError } from "./loadInput";
import type { CliMessage } from "./cliMessages";
import { cliMessage } from "./cliMessages";

export interface TemplateCommandOptions {
  preset?: string;
  lang: Language;
  contact?: string;
  out?: string;
}

/**
 * The date the template is made, "YYYY-MM-DD": today, or SOURCE_DATE_EPOCH (seconds) when set,
 * so builds can be reproducible.
 */
export function templateDate(environment: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(environment.SOURCE_DATE_EPOCH);
  return environment.SOURCE_DATE_EPOCH && Number.isFinite(epoch)
    ? new Date(epoch * 1000)
    : new Date();
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Runs the template command; returns the exit code. */
export async function runTemplate(options: TemplateCommandOptions, io: CliIO): Promise<number> {
  const say = (message: CliMessage) => cliMessage(options.lang, message);
  if (!options.out) throw new CliError(say({ code: "TEMPLATE_OUT_MISSING" }), 2);
  if (extname(options.out).toLowerCase() !== ".xlsx")
    throw new CliError(say({ code: "TEMPLATE_NOT_XLSX", out: options.out }), 2);
  const presetName = options.preset ?? DEMOS_PRESET_ID;
  const codebook = findPreset(presetName);
  if (!codebook) {
    const known = Object.keys(PRESETS).join(", ");
    throw new CliError(say({ code: "UNKNOWN_PRESET", preset: presetName, known }), 2);
  }
  const presetId = presetName
    .trim()
    .replace(/^preset:/i, "")
    .toLowerCase();
  const date = templateDate();
  const spec = buildTemplateSpec(codebook, {
    language: options.lang,
    presetId,
    generated: isoDay(date),
    contact: options.contact,
  });
  const bytes = await writeTemplateWorkbook(spec, { timestamp: date });
  await writeOutput(options.out, bytes, options.lang);
  const written = say({
    code: "TEMPLATE_WRITTEN",
    out: options.out,
    statements: spec.items.length,
    version: spec.version,
  });
  io.stdout(`${written}\n`);
  return 0;
}
