/**
 * `netwerkmeter template --indicators kader.xlsx [--unit NAME | --per-unit DIR] --periods P..Q`:
 * writes the monitoring template a coordinator fills for one unit (src/template/monitoringTemplate.ts),
 * or one per unit of the framework's `Eenheden` sheet into DIR. Exit 2 for wrong usage (no
 * periods, neither or both of --unit/--per-unit, an output that is the input), 1 when the framework
 * cannot be read.
 */
import { createFormat } from "../analysis/numberFormat";
import { monitoringFileName } from "../app/indicators";
import { mkdir } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Language } from "../analysis/language";
import { isKaderError } from "../indicators/kaderError";
import { parsePeriodRange } from "../indicators/period";
import { readKader } from "../indicators/readKader";
import { buildMonitoringTemplate } from "../template/monitoringTemplate";
import { writeMonitoringTemplate } from "../xlsx/writeMonitoringTemplate";
import type { CliIO } from "./io";
import { CliError, readGrids } from "./loadInput";
import { assertOutputsSafe, assertXlsxOutput } from "./outputPaths";
import { templateDate } from "./templateCommand";
import { writeOutput } from "./writeOutput";

export interface MonitoringTemplateOptions {
  indicators: string;
  unit?: string;
  perUnit?: string;
  periods?: string;
  lang: Language;
  out?: string;
}

export async function runMonitoringTemplate(
  options: MonitoringTemplateOptions,
  io: CliIO
): Promise<number> {
  const nl = options.lang === "nl";
  const usage = (dutch: string, english: string) => new CliError(nl ? dutch : english, 2);
  const periods = options.periods ? parsePeriodRange(options.periods) : null;
  if (!periods)
    throw usage(
      `geef met --periods de perioden, bv. --periods 2026-Q1..2026-Q4 (${options.periods ?? "ontbreekt"}).`,
      `give the periods with --periods, e.g. --periods 2026-Q1..2026-Q4 (${options.periods ?? "missing"}).`
    );
  if ((options.unit === undefined) === (options.perUnit === undefined))
    throw usage(
      "geef --unit NAAM (één sjabloon, met --out) of --per-unit MAP (één per eenheid).",
      "give --unit NAME (one template, with --out) or --per-unit DIR (one per unit)."
    );
  if (options.unit !== undefined && !options.out)
    throw usage(
      "geef met --out een .xlsx-bestand voor het sjabloon.",
      "give an .xlsx file for the template with --out."
    );
  if (options.out) assertXlsxOutput({ option: "--out", path: options.out }, options.lang);
  const inputs = [{ option: "--indicators", path: options.indicators }];
  if (options.out)
    assertOutputsSafe(inputs, [{ option: "--out", path: options.out }], options.lang);

  const grids = await readGrids(options.indicators, options.lang);
  let kader;
  try {
    kader = readKader(grids, { language: options.lang, requireMeasurements: false });
  } catch (error) {
    if (!isKaderError(error)) throw error;
    io.stderr(`netwerkmeter: ${error.message}\n`);
    return 1;
  }
  const date = templateDate();
  const generated = date.toISOString().slice(0, 10);
  const title = nl
    ? `Monitoring ${basename(options.indicators, extname(options.indicators))}`
    : undefined;

  const targets: { unit: string; path: string }[] = [];
  if (options.unit !== undefined) targets.push({ unit: options.unit, path: options.out! });
  else {
    if (!kader.units || kader.units.length === 0) {
      io.stderr(
        nl
          ? `netwerkmeter: ${basename(options.indicators)}: --per-unit vraagt een blad Eenheden met de eenheden.\n`
          : `netwerkmeter: ${basename(options.indicators)}: --per-unit needs a Units (Eenheden) sheet listing the units.\n`
      );
      return 1;
    }
    await mkdir(options.perUnit!, { recursive: true });
    for (const unit of kader.units)
      targets.push({
        unit: unit.unit,
        path: join(options.perUnit!, monitoringFileName(unit.unit)),
      });
    assertOutputsSafe(
      inputs,
      targets.map((target) => ({ option: "--per-unit", path: target.path })),
      options.lang
    );
  }
  for (const target of targets) {
    const spec = buildMonitoringTemplate(kader.indicators, target.unit, periods, {
      language: options.lang,
      generated,
      title,
    });
    await writeOutput(
      target.path,
      await writeMonitoringTemplate(spec, { timestamp: date }),
      options.lang
    );
  }
  io.stdout(
    nl
      ? `${createFormat("nl").count(targets.length, "monitoringsjabloon", "monitoringsjablonen")} geschreven (${kader.indicators.length} indicatoren × ${periods.length} perioden): ${targets.length === 1 ? targets[0].path : options.perUnit}\n`
      : `${createFormat("en").count(targets.length, "monitoring template", "monitoring templates")} written (${kader.indicators.length} indicators × ${periods.length} periods): ${targets.length === 1 ? targets[0].path : options.perUnit}\n`
  );
  return 0;
}
