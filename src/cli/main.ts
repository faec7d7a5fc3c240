/**
 * The `netwerkmeter` command line (ARCHITECTURE §3.1). Exit 0: done (warnings allowed); 1: the
 * input cannot be analysed (one line naming the file, sheet and cell); 2: wrong usage. Never a stack
 * trace for a user error.
 *
 * A fast start: this module imports only commander and small modules; each command loads its own
 * code (the engine, ExcelJS) when it runs, so `netwerkmeter --help` does not load them.
 * Everything printed passes through `safeIO`: control characters (from file names, sheet names or
 * cell text) are escaped, so no input can break a line or send a terminal escape.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { TOOL_VERSION } from "../analysis/version";
import type { CliIO } from "./io";
import { processIO } from "./io";
import { languageOption, optionValues } from "./commandOptions";
import { escapeControls } from "./printable";
import { usageMessage } from "./usageMessage";

/** The commands, for naming the one whose --help to read. */
const COMMANDS = ["analyze", "indicators", "template", "consolidate", "feedback"];

/** The progress line's own "return, clear line" prefix (consolidate on a terminal). */
const CLEAR_LINE = "\r\x1b[K";

/** The io with control characters escaped in everything written. */
export function safeIO(io: CliIO): CliIO {
  return {
    stdout: (text) => io.stdout(escapeControls(text)),
    stderr: (text) =>
      io.stderr(
        text.startsWith(CLEAR_LINE)
          ? CLEAR_LINE + escapeControls(text.slice(CLEAR_LINE.length))
          : escapeControls(text)
      ),
  };
}

/** InputError or CliError, also from another copy of their module (checked by name, no import). */
function userError(error: unknown): { exitCode: number } | null {
  if (!(error instanceof Error)) return null;
  if (error.name === "InputError" && typeof (error as { code?: unknown }).code === "string")
    return { exitCode: 1 };
  if (error.name === "CliError")
    return { exitCode: (error as { exitCode?: number }).exitCode ?? 1 };
  return null;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError("positive");
  return number;
}

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError("nonNegative");
  return number;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `--per`: the period type rows roll up to (indicators, and feedback on an indicator framework). */
const perOption = () =>
  new Option("--per <type>", "rol op naar jaar, halfjaar, kwartaal of maand").choices([
    "jaar",
    "halfjaar",
    "kwartaal",
    "maand",
  ]);

/** Builds the command tree; actions report their exit code through `setExit`. */
function buildProgram(io: CliIO, setExit: (code: number) => void, progress: boolean): Command {
  const program = new Command();
  program
    .name("netwerkmeter")
    .description(
      "Indicatortabellen, bestuursstijl, participatie en betrouwbaarheid uit werkmappen van netwerkcoördinatoren."
    )
    .version(TOOL_VERSION)
    .exitOverride()
    // Usage errors are told by main in the user's language (usageMessage.ts), not by commander.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .showHelpAfterError(false);

  program
    .command("analyze")
    .description(
      "Analyseer een werkmap (.xlsx) of CSV-bestand met antwoorden (één rij per respondent)."
    )
    .argument("<input>", "input.xlsx of input.csv")
    .option("--sheet <name>", "blad met de antwoorden (standaard: het eerste blad met gegevens)")
    .option(
      "--codebook <file>",
      "codeboek: .xlsx met blad Codeboek, .json, of preset:demos-coordinatoren"
    )
    .option("--group-by <column>", "uitsplitsen naar deze kolom (herhaalbaar)", collect, [])
    .option(
      "--bands <spec>",
      "getalkolom in klassen verdelen en daarnaar uitsplitsen: KOLOM:15000,50000 (grenzen) of KOLOM:q3 (kwantielen); herhaalbaar",
      collect,
      []
    )
    .option(
      "--population <n>",
      "aantal netwerken in de populatie (voor de responsgraad)",
      positiveInteger
    )
    .addOption(
      new Option("--base <base>", "percentagebasis").choices(["valid", "all"]).default("valid")
    )
    .addOption(
      new Option("--rounding <mode>", "afronding").choices(["exact", "legacy"]).default("exact")
    )
    .option("--min-cell <n>", "minimale celgrootte voor groepen", nonNegativeInteger, 5)
    .addOption(languageOption("taal van het rapport"))
    .option("--out <file>", "rapportwerkmap (.xlsx) schrijven")
    .option("--json <file>", "JSON-rapport schrijven ('-' = standaarduitvoer)")
    .option(
      "--compare <file>",
      "vergelijk met een vorige bevraging (.xlsx/.csv, gelezen met hetzelfde codeboek)"
    )
    .option("--compare-label <label>", "naam van de vorige bevraging in het rapport, bv. 2016")
    .option(
      "--match-on <column>",
      "koppel netwerken over de bevragingen op deze kolom (gepaarde vergelijking)"
    )
    .action(async (input: string, options) => {
      const { runAnalyze } = await import("./analyzeCommand");
      setExit(
        await runAnalyze(
          input,
          optionValues(options, [
            "sheet",
            "codebook",
            "groupBy",
            "bands",
            "population",
            "base",
            "rounding",
            "minCell",
            "lang",
            "out",
            "json",
            "compare",
            "compareLabel",
            "matchOn",
          ]),
          io
        )
      );
    });
  program
    .command("template")
    .description(
      "Schrijf het sjabloon (.xlsx) dat netwerkcoördinatoren invullen: instructies, netwerkgegevens, stellingen met keuzelijsten en het codeboek."
    )
    .option("--preset <name>", "preset met de stellingen", "demos-coordinatoren")
    .addOption(languageOption("taal van het sjabloon"))
    .option("--contact <text>", "contactpersoon bij Dēmos, getoond op het blad Instructies")
    .option("--out <file>", "het sjabloon (.xlsx) dat geschreven wordt")
    .option(
      "--indicators <kader>",
      "monitoringsjabloon uit dit indicatorenkader (.xlsx) in plaats van de bevraging"
    )
    .option("--unit <name>", "met --indicators: het sjabloon voor deze eenheid")
    .option(
      "--per-unit <dir>",
      "met --indicators: één sjabloon per eenheid van het blad Eenheden, in deze map"
    )
    .option("--periods <range>", "met --indicators: de perioden, bv. 2026-Q1..2026-Q4")
    .action(async (options) => {
      if (options.indicators !== undefined) {
        const { runMonitoringTemplate } = await import("./monitoringTemplateCommand");
        setExit(
          await runMonitoringTemplate(
            optionValues(options, ["indicators", "unit", "perUnit", "periods", "lang", "out"]),
            io
          )
        );
        return;
      }
      const { runTemplate } = await import("./templateCommand");
      setExit(await runTemplate(optionValues(options, ["preset", "lang", "contact", "out"]), io));
    });

  program
    .command("indicators")
    .description(
      "Monitoringcijfers per eenheid en periode tegen basiswaarden en doelen, uit een indicatorenkader (.xlsx met bladen Indicatoren en Metingen)."
    )
    .argument("<kader>", "indicatorenkader (.xlsx)")
    .option(
      "--period <period>",
      "rapporteer over deze periode (bv. 2025, 2025-Q4; standaard de laatste)"
    )
    .addOption(perOption())
    .option(
      "--group-by <column>",
      "uitsplitsen naar een kolom van Eenheden of Metingen (herhaalbaar)",
      collect,
      []
    )
    .option("--min-cell <n>", "groepen met minder eenheden markeren", nonNegativeInteger, 5)
    .addOption(languageOption("taal van het rapport"))
    .option("--out <file>", "rapportwerkmap (.xlsx) schrijven")
    .option("--json <file>", "JSON-rapport schrijven ('-' = standaarduitvoer)")
    .action(async (input: string, options) => {
      const { runIndicators } = await import("./indicatorsCommand");
      setExit(
        await runIndicators(
          input,
          optionValues(options, ["period", "per", "groupBy", "minCell", "lang", "out", "json"]),
          io
        )
      );
    });

  program
    .command("consolidate")
    .description(
      "Voeg ingevulde sjablonen samen tot één antwoordentabel (.xlsx) die netwerkmeter analyze leest, of ingevulde monitoringsjablonen tot één indicatorenkader voor netwerkmeter indicators (niet gemengd)."
    )
    .argument("<inputs...>", "ingevulde sjablonen (.xlsx) en/of mappen met sjablonen")
    .requiredOption(
      "--out <file>",
      "de antwoordentabel of het indicatorenkader (.xlsx) dat geschreven wordt"
    )
    .option("--report <file>", "problemen per bestand en cel als JSON schrijven")
    .option(
      "--codebook <file>",
      "codeboek: .xlsx met blad Codeboek, .json, of preset:demos-coordinatoren (standaard: het blad Codeboek van het eerste sjabloon)"
    )
    .option(
      "--kader <file>",
      "monitoringsjablonen: het indicatorenkader (.xlsx) waaruit ze gemaakt zijn; zijn bladen Indicatoren, Eenheden en Doelen gaan mee, zodat indicators doelen, voortgang en status geeft"
    )
    .addOption(languageOption("taal van de meldingen"))
    .action(async (inputs: string[], options) => {
      const { runConsolidate } = await import("./consolidateCommand");
      setExit(
        await runConsolidate(
          inputs,
          { ...optionValues(options, ["out", "report", "codebook", "kader", "lang"]), progress },
          io
        )
      );
    });

  program
    .command("feedback")
    .description(
      "Schrijf voor elk netwerk een eigen terugkoppeling (.xlsx): zijn antwoorden naast het beeld van alle netwerken en van zijn groep, zonder andere netwerken te tonen. Met een indicatorenkader (blad Indicatoren): per eenheid haar indicatoren naast haar groep en alle eenheden (spine chart)."
    )
    .argument(
      "<input>",
      "antwoorden (input.xlsx of input.csv, één rij per netwerk) of een indicatorenkader (.xlsx)"
    )
    .option(
      "--network-column <column>",
      "kolom met de naam van het netwerk (nodig bij antwoorden van een bevraging)"
    )
    .requiredOption("--out-dir <dir>", "map waarin de werkmappen komen (niet de map met de invoer)")
    .option("--sheet <name>", "blad met de antwoorden (standaard: het eerste blad met gegevens)")
    .option(
      "--codebook <file>",
      "codeboek: .xlsx met blad Codeboek, .json, of preset:demos-coordinatoren"
    )
    .option(
      "--group-by <column>",
      "groep van het netwerk (bv. GROOTTE_KLASSE) om mee te vergelijken"
    )
    .option("--compare <file>", "vorige bevraging: toon per netwerk zijn verandering")
    .option("--period <period>", "indicatorenkader: de periode (standaard de laatste)")
    .addOption(perOption())
    .option("--compare-label <label>", "naam van de vorige bevraging, bv. 2016")
    .option(
      "--min-cell <n>",
      "kleinste groep (netwerken) waarvan cijfers getoond worden",
      positiveInteger,
      5
    )
    .addOption(languageOption("taal van de werkmappen"))
    .action(async (input: string, options) => {
      const { runFeedback } = await import("./feedbackCommand");
      setExit(
        await runFeedback(
          input,
          optionValues(options, [
            "networkColumn",
            "outDir",
            "sheet",
            "codebook",
            "groupBy",
            "compare",
            "compareLabel",
            "period",
            "per",
            "minCell",
            "lang",
          ]),
          io
        )
      );
    });

  return program;
}

/** Runs the command line with arguments (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], rawIO: CliIO = processIO): Promise<number> {
  const io = safeIO(rawIO);
  let exitCode = 0;
  const program = buildProgram(
    io,
    (code) => {
      exitCode = code;
    },
    rawIO === processIO && Boolean(process.stderr.isTTY)
  );
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; any other commander error is wrong usage.
      if (error.exitCode === 0) return 0;
      const english = argv.some(
        (arg, index) => arg === "--lang=en" || (arg === "--lang" && argv[index + 1] === "en")
      );
      const command = COMMANDS.includes(argv[0]) ? argv[0] : null;
      io.stderr(`netwerkmeter: ${usageMessage(error, english ? "en" : "nl", command)}\n`);
      return 2;
    }
    const user = userError(error);
    if (user) {
      io.stderr(`netwerkmeter: ${(error as Error).message}\n`);
      return user.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(
      `netwerkmeter: interne fout / internal error: ${message}\n${process.env.NETWERKMETER_DEBUG ? ((error as Error).stack ?? "") : "(zet NETWERKMETER_DEBUG=1 voor details)"}\n`
    );
    return 3;
  }
}
