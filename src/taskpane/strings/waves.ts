/**
 * The texts of "Vergelijk met vorige bevraging" and "Feedback per netwerk" (issue 11), in Dutch and
 * English. Kept beside the main catalogues (nl.ts, en.ts) so the two panels stay one change; read
 * them with `useWaveStrings()`.
 */
import { useLanguage } from "../i18n";
import type { Language } from "../../analysis/language";
import { createFormat } from "../../analysis/numberFormat";

export interface WaveStrings {
  compare: {
    title: string;
    intro: string;
    chooseFile: string;
    inputLabel: string;
    dropHint: string;
    reading: string;
    held: (file: string, respondents: number, items: number, sheet: string) => string;
    /** The stored run compared with a file the pane no longer holds. */
    needed: (file: string) => string;
    remove: string;
    label: string;
    labelHint: string;
    matchOn: string;
    matchOnNone: string;
    matchOnHint: string;
    failed: string;
  };
  feedback: {
    tab: string;
    title: string;
    intro: string;
    privacy: (minCell: number) => string;
    network: string;
    networkNone: string;
    groupBy: string;
    groupByNone: string;
    minCell: string;
    minCellInvalid: string;
    networks: (count: number) => string;
    all: string;
    none: string;
    choose: string;
    startZip: string;
    startWorkbooks: string;
    startSheets: string;
    busy: string;
    doneZip: (count: number, name: string) => string;
    doneWorkbooks: (count: number) => string;
    doneSheets: (count: number, sheets: string) => string;
    failed: string;
    needData: string;
  };
}

const texts = (language: Language): WaveStrings => {
  const f = createFormat(language);
  const count = (n: number, one: string, many: string) => f.count(n, one, many);
  if (language === "nl")
    return {
      compare: {
        title: "Vergelijk met vorige bevraging",
        intro:
          "Kies de werkmap van een vorige bevraging (zelfde codeboek). De analyse krijgt dan een blad Vergelijking met per stelling het aandeel akkoord toen en nu, het verschil, een toets en een grafiek.",
        chooseFile: "Kies de vorige bevraging",
        inputLabel: "Werkmap van de vorige bevraging (.xlsx)",
        dropHint: "Sleep de .xlsx van de vorige bevraging hierheen",
        reading: "Vorige bevraging lezen…",
        held: (file, respondents, items, sheet) =>
          `${file}: ${count(respondents, "respondent", "respondenten")}, ${count(items, "stelling", "stellingen")} herkend (blad ${sheet}).`,
        needed: (file) =>
          `De vorige analyse vergeleek met ${file}. Dat bestand wordt niet in de werkmap bewaard: kies het opnieuw, anders vervalt de vergelijking bij deze analyse en bij Vernieuwen.`,
        remove: "Niet vergelijken",
        label: "Naam van de vorige bevraging",
        labelHint: "Zo heet de kolom in het blad Vergelijking, bv. 2016.",
        matchOn: "Dezelfde respondenten koppelen op kolom (optioneel)",
        matchOnNone: "Niet koppelen (twee losse groepen)",
        matchOnHint:
          "Met een kolom die elk netwerk in beide bevragingen even noemt (bv. Netwerk) vergelijkt Netwerkmeter ook per netwerk (Wilcoxon, gepaard).",
        failed: "De vorige bevraging kon niet gelezen worden.",
      },
      feedback: {
        tab: "Feedback",
        title: "Feedback per netwerk",
        intro:
          "Geef elk netwerk zijn eigen beeld: zijn antwoorden naast het aandeel van alle netwerken en van zijn groep, zijn bestuursstijl en participatie-index, met uitleg voor de coördinator.",
        privacy: (minCell) =>
          `Een terugkoppeling noemt geen ander netwerk en toont geen antwoorden van andere netwerken, alleen cijfers van groepen van minstens ${f.integer(minCell)} netwerken.`,
        network: "Kolom met de naam van het netwerk",
        networkNone: "Kies een kolom",
        groupBy: "Vergelijk ook met de eigen groep (optioneel)",
        groupByNone: "Geen groep",
        minCell: "Kleinste groep die getoond wordt",
        minCellInvalid: "Vul een geheel getal van 1 of meer in.",
        networks: (n) => `${count(n, "netwerk", "netwerken")} gekozen`,
        all: "Alle",
        none: "Geen",
        choose: "Voor welke netwerken?",
        startZip: "Maak de terugkoppelingen (.zip)",
        startWorkbooks: "Open een werkmap per netwerk",
        startSheets: "Voeg een blad per netwerk in",
        busy: "Terugkoppelingen maken…",
        doneZip: (n, name) =>
          `${count(n, "terugkoppeling", "terugkoppelingen")} gemaakt: ${name} is gedownload (één werkmap per netwerk).`,
        doneWorkbooks: (n) =>
          `${count(n, "terugkoppeling", "terugkoppelingen")} geopend, elk in een eigen nieuwe werkmap. Bewaar ze voor u ze verstuurt.`,
        doneSheets: (n, sheets) =>
          `${count(n, "terugkoppeling", "terugkoppelingen")} ingevoegd als blad: ${sheets}. Kopieer elk blad naar een eigen werkmap voor u het verstuurt.`,
        failed: "De terugkoppelingen konden niet gemaakt worden.",
        needData: "Zoek eerst de gegevens onder Analyseren.",
      },
    };
  return {
    compare: {
      title: "Compare with previous wave",
      intro:
        "Choose the workbook of a previous wave (same codebook). The analysis then gets a Comparison sheet with, per statement, the share agreeing then and now, the change, a test and a chart.",
      chooseFile: "Choose the previous wave",
      inputLabel: "Workbook of the previous wave (.xlsx)",
      dropHint: "Drop the previous wave's .xlsx here",
      reading: "Reading the previous wave…",
      held: (file, respondents, items, sheet) =>
        `${file}: ${count(respondents, "respondent", "respondents")}, ${count(items, "statement", "statements")} recognised (sheet ${sheet}).`,
      needed: (file) =>
        `The previous analysis compared with ${file}. That file is not kept in the workbook: choose it again, or this analysis and Refresh will have no comparison.`,
      remove: "Do not compare",
      label: "Name of the previous wave",
      labelHint: "The column name on the Comparison sheet, e.g. 2016.",
      matchOn: "Match the same respondents on column (optional)",
      matchOnNone: "Do not match (two separate groups)",
      matchOnHint:
        "With a column that names each network the same in both waves (e.g. Netwerk) Netwerkmeter also compares per network (Wilcoxon, paired).",
      failed: "The previous wave could not be read.",
    },
    feedback: {
      tab: "Feedback",
      title: "Feedback per network",
      intro:
        "Give every network its own picture: its answers beside the share of all networks and of its group, its governance style and participation index, with an explanation for the coordinator.",
      privacy: (minCell) =>
        `A feedback workbook names no other network and shows no other network's answers, only figures of groups of at least ${f.integer(minCell)} networks.`,
      network: "Column with the network's name",
      networkNone: "Choose a column",
      groupBy: "Also compare with the network's group (optional)",
      groupByNone: "No group",
      minCell: "Smallest group shown",
      minCellInvalid: "Enter a whole number of 1 or more.",
      networks: (n) => `${count(n, "network", "networks")} chosen`,
      all: "All",
      none: "None",
      choose: "For which networks?",
      startZip: "Make the feedback workbooks (.zip)",
      startWorkbooks: "Open a workbook per network",
      startSheets: "Insert a sheet per network",
      busy: "Making the feedback…",
      doneZip: (n, name) =>
        `${count(n, "feedback workbook", "feedback workbooks")} made: ${name} was downloaded (one workbook per network).`,
      doneWorkbooks: (n) =>
        `${count(n, "feedback workbook", "feedback workbooks")} opened, each in a new workbook of its own. Save them before sending.`,
      doneSheets: (n, sheets) =>
        `${count(n, "feedback sheet", "feedback sheets")} inserted: ${sheets}. Copy each sheet to a workbook of its own before sending.`,
      failed: "The feedback could not be made.",
      needData: "Find the data under Analyse first.",
    },
  };
};

const CACHE: Partial<Record<Language, WaveStrings>> = {};

/** The texts in `language`. */
export function waveStrings(language: Language): WaveStrings {
  return (CACHE[language] ??= texts(language));
}

/** The texts in the task pane's language. */
export function useWaveStrings(): WaveStrings {
  return waveStrings(useLanguage());
}
