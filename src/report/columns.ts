/**
 * Every fixed column of the reports (survey and indicators), by id: its Dutch and English header and its number format.
 * One list, so a column has the same header in every table that shows it; a topic names its
 * columns in order ("item label n pctLow …"). An id such as `pctLow/agree` is a variant: the
 * column key is the part before the slash ("pctLow"), the header is the variant's. Columns named
 * by the data (a group column, the domains, the styles) are made with `ReportContext.col`.
 *
 * @example
 * reportColumns("en", "item n").map((column) => column.header) // ["Item", "n"]
 */
import type { Language } from "../analysis/language";
import type { ReportColumn } from "./reportModel";

type Format = ReportColumn["format"];

const COLUMNS: Readonly<Record<string, readonly [nl: string, en: string, format: Format]>> = {
  // items and groups
  item: ["Item", "Item", "text"],
  label: ["Stelling", "Statement", "text"],
  "label/items": ["Items", "Items", "text"],
  scale: ["Schaal", "Scale", "text"],
  n: ["n", "n", "integer"],
  missing: ["Ontbrekend", "Missing", "integer"],
  dontKnow: ["Weet niet", "Don't know", "integer"],
  pctLow: ["Laag (%)", "Low (%)", "percent1"],
  pctNeutral: ["Neutraal (%)", "Neutral (%)", "percent1"],
  "pctNeutral/short": ["Neutraal", "Neutral", "percent1"],
  pctHigh: ["Hoog (%)", "High (%)", "percent1"],
  mean: ["Gemiddelde", "Mean", "decimal2"],
  sd: ["SD", "SD", "decimal2"],
  median: ["Mediaan", "Median", "decimal1"],
  note: ["Opmerking", "Note", "text"],
  // overview
  field: ["Gegeven", "Field", "text"],
  value: ["Waarde", "Value", "text"],
  // governance
  domain: ["Domein", "Domain", "text"],
  role: ["Rol", "Role", "text"],
  "pctLow/agree": ["Niet akkoord", "Disagree", "percent1"],
  "pctHigh/agree": ["Wel akkoord", "Agree", "percent1"],
  net: ["Netto (wel − niet)", "Net (agree − disagree)", "percent1"],
  dominant: ["Dominante rol", "Dominant role", "text"],
  respondent: ["Netwerk", "Network", "text"],
  overall: ["Algemeen", "Overall", "text"],
  total: ["Totaal", "Total", "integer"],
  // participation
  involvement: ["Inbreng van bij het begin (%)", "Involved from the start (%)", "percent1"],
  "involvement/short": ["Inbreng (%)", "Involvement (%)", "percent1"],
  expertise: ["Expertise erkend (%)", "Expertise recognised (%)", "percent1"],
  "expertise/short": ["Expertise (%)", "Expertise (%)", "percent1"],
  directive: ["Richtinggevend (%)", "Directive (%)", "percent1"],
  notDirective: ["Niet richtinggevend (%)", "Not directive (%)", "percent1"],
  gap: [
    "Kloof inbreng − richtinggevend (%-punt)",
    "Gap involvement − directive (points)",
    "percent1",
  ],
  "gap/short": ["Kloof (%-punt)", "Gap (points)", "percent1"],
  "gap/scale": ["Kloof (schaalpunten)", "Gap (scale points)", "decimal2"],
  index: ["Index (0–100)", "Index (0–100)", "decimal1"],
  // reliability
  "scale/construct": ["Schaal (construct)", "Scale (construct)", "text"],
  items: ["Aantal items", "Items", "integer"],
  "n/complete": ["n (volledige gevallen)", "n (complete cases)", "integer"],
  alpha: ["Alfa", "Alpha", "decimal3"],
  standardizedAlpha: ["Gestandaardiseerde alfa", "Standardized alpha", "decimal3"],
  averageR: ["Gemiddelde inter-itemcorrelatie", "Mean inter-item r", "decimal3"],
  itemRestR: ["Item-restcorrelatie", "Item-rest r", "decimal3"],
  alphaIfDeleted: ["Alfa zonder item", "Alpha if deleted", "decimal3"],
  // indicators (the indicator report, src/report/indicatorsReport.ts)
  goal: ["Doel", "Goal", "text"],
  subgoal: ["Subdoel", "Sub-goal", "text"],
  indicator: ["Indicator", "Indicator", "text"],
  name: ["Naam", "Name", "text"],
  level: ["Niveau", "Level", "text"],
  definition: ["Soort", "Kind", "text"],
  "value/figure": ["Waarde", "Value", "general"],
  measureUnit: ["Eenheid", "Unit", "text"],
  unit: ["Eenheid", "Unit", "text"],
  ciLow: ["BI laag (95 %)", "CI low (95%)", "general"],
  ciHigh: ["BI hoog (95 %)", "CI high (95%)", "general"],
  baseline: ["Basiswaarde", "Baseline", "general"],
  baselinePeriod: ["Basisperiode", "Baseline period", "text"],
  target: ["Doelwaarde", "Target", "general"],
  targetPeriod: ["Doelperiode", "Target period", "text"],
  expected: ["Verwacht", "Expected", "general"],
  progress: ["Voortgang (%)", "Progress (%)", "decimal1"],
  previousPeriod: ["Vorige periode", "Previous period", "text"],
  previous: ["Vorige waarde", "Previous value", "general"],
  change: ["Verandering", "Change", "general"],
  changePct: ["Verandering (%)", "Change (%)", "decimal1"],
  unitsReporting: ["Eenheden gerapporteerd", "Units reporting", "integer"],
  unitsExpected: ["Eenheden verwacht", "Units expected", "integer"],
  completeness: ["Volledigheid (%)", "Completeness (%)", "decimal1"],
  source: ["Bron", "Source", "text"],
  dataDate: ["Datum gegevens", "Data date", "text"],
  numerator: ["Teller", "Numerator", "general"],
  denominator: ["Noemer", "Denominator", "general"],
  comment: ["Opmerking", "Comment", "text"],
  period: ["Periode", "Period", "text"],
  dimension: ["Dimensie", "Dimension", "text"],
  category: ["Categorie", "Category", "text"],
  pct: ["Aandeel (%)", "Share (%)", "percent1"],
  // problems
  severity: ["Ernst", "Severity", "text"],
  code: ["Code", "Code", "text"],
  message: ["Melding", "Message", "text"],
  file: ["Bestand", "File", "text"],
  sheet: ["Blad", "Sheet", "text"],
  cell: ["Cel", "Cell", "text"],
};

/** The columns named in `ids` (separated by spaces), in that order. */
export function reportColumns(language: Language, ids: string): ReportColumn[] {
  return ids
    .split(" ")
    .filter((id) => id !== "")
    .map((id) => {
      const entry = COLUMNS[id];
      if (!entry) throw new Error(`reportColumns: unknown column '${id}'`);
      const [nl, en, format] = entry;
      return { key: id.split("/")[0], header: language === "nl" ? nl : en, format };
    });
}
