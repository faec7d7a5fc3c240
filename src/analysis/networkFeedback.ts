/**
 * Feedback per network: every network's own picture (its answer per statement beside the share
 * of all networks and of its group agreeing, its governance style per domain beside how common
 * each style is, its participation index against the quartiles of all networks, and its change
 * since the previous wave), built so that a network's workbook never names another network and
 * never shows figures of a group smaller than the minimum cell size.
 */
import { createFormat } from "./numberFormat";
import { jStat } from "jstat";
import { DOMAINS } from "./codebook";
import type { BackgroundColumn, Dataset, ItemColumn } from "./dataset";
import { ANSWER_STATUS } from "./dataset";
import { classifyRespondents } from "./governance";
import { countHigh } from "./highCount";
import { resolveGroupColumns } from "./groups";
import type { Issue } from "./issue";
import type { Language } from "./language";
import type { AnalysisResult, GovernanceStyle } from "./results";
import { normalizeText } from "./textMatch";
import { uniqueRows } from "./uniqueRows";

export const GOVERNANCE_STYLES: readonly GovernanceStyle[] = [
  "facilitator",
  "coproducent",
  "opdrachtgever",
  "gemengd",
  "onbepaald",
];

/** A share of networks in the high band, or why it is not shown. */
export interface SharedFigure {
  /** Networks with a valid answer (the base). */
  n: number;
  /** % high of the base; null when not shown. */
  pctHigh: number | null;
  /** Set when the figure is withheld to protect small groups. */
  suppressed?: "smallGroup" | "smallRest";
}

export interface FeedbackStatement {
  id: string;
  label: string;
  /** This network's answer as a label ("Akkoord", "weet niet"), null when not answered. */
  answer: string | null;
  code: number | null;
  /** Whether its answer is in the high band (null without a valid answer). */
  high: boolean | null;
  all: SharedFigure;
  group: SharedFigure | null;
  /** The codebook's published figure (e.g. Dēmos 2016), when there is one. */
  reference?: number;
}

export interface FeedbackGovernanceDomain {
  domain: string;
  style: GovernanceStyle | null;
  /** Networks classified in this domain. */
  n: number;
  /** % of networks per style; null when n is below the minimum cell size. */
  distribution: Record<GovernanceStyle, number> | null;
}

export interface FeedbackParticipation {
  index: number | null;
  /** Networks with an index. */
  n: number;
  /** Quartiles of all networks' indices (R quantile type 7); null when n < minimum cell size. */
  quartiles: { q1: number; median: number; q3: number } | null;
  /** 1 = lowest quarter … 4 = highest quarter; null without an index or quartiles. */
  band: 1 | 2 | 3 | 4 | null;
}

export interface FeedbackChange {
  id: string;
  label: string;
  previousAnswer: string | null;
  answer: string | null;
  /** Code now − code then; null unless both are valid. */
  change: number | null;
  /** % high of all networks then (null when its base is below the minimum cell size). */
  previousAllPctHigh: number | null;
  allPctHigh: number | null;
}

export interface NetworkFeedback {
  /** The network's name as written in the network column. */
  network: string;
  /** Total networks in the data. */
  networks: number;
  /** Its group (with --group-by), or null. */
  group: { by: string; value: string; n: number } | null;
  statements: FeedbackStatement[];
  governance: FeedbackGovernanceDomain[] | null;
  participation: FeedbackParticipation | null;
  /** Its own change since the previous wave; null without a previous wave or when not found there. */
  change: FeedbackChange[] | null;
  /** Whether it was found in the previous wave (null without one). */
  inPreviousWave: boolean | null;
}

export interface NetworkFeedbackOptions {
  /** Column naming the network (matched tolerantly, as --group-by). */
  networkColumn: string;
  /** Column with the network's group (size class, region). */
  groupBy?: string;
  /** Smallest group (networks) whose aggregate may be shown. */
  minCell: number;
  /** The previous wave, read with the same codebook, with the same network column. */
  previous?: Dataset;
  language?: Language;
}

/**
 * A share that may be shown to one network: its base without that network's own answer
 * (`ownInBase`) is at least `minCell` — the network knows its own answer, so a group of exactly
 * `minCell` with it in would tell it how the other `minCell` − 1 answered (found by Dēmos staff
 * on a group "klein" of 5) — and, when it is part of a larger total that is also shown, the rest
 * (total − part) is 0 or at least `minCell` as well; otherwise "total minus part" would give away
 * the answers of a small group.
 */
function sharedFigure(
  count: { n: number; high: number },
  minCell: number,
  total?: { n: number; high: number },
  ownInBase = false
): SharedFigure {
  if (count.n - (ownInBase ? 1 : 0) < minCell || count.n === 0)
    return { n: count.n, pctHigh: null, suppressed: "smallGroup" };
  if (total) {
    const rest = total.n - count.n;
    if (rest > 0 && rest < minCell) return { n: count.n, pctHigh: null, suppressed: "smallRest" };
  }
  return { n: count.n, pctHigh: (100 * count.high) / count.n };
}

function answerText(column: ItemColumn, row: number, language: Language): string | null {
  const status = column.status[row];
  if (status === ANSWER_STATUS.dontKnow) return language === "nl" ? "weet niet" : "don't know";
  if (status !== ANSWER_STATUS.valid) return null;
  const code = column.values[row];
  const point = column.item.scale.points.find((candidate) => candidate.code === code);
  return point ? point.label[language] : String(code);
}

/**
 * Quartile band of a value: 1 up to Q1, 2 up to the median, 3 up to Q3, 4 above.
 *
 * @example quartileBand(58, { q1: 50, median: 62.5, q3: 70.8 }) // 2
 */
export function quartileBand(
  value: number,
  quartiles: { q1: number; median: number; q3: number }
): 1 | 2 | 3 | 4 {
  if (value <= quartiles.q1) return 1;
  if (value <= quartiles.median) return 2;
  if (value <= quartiles.q3) return 3;
  return 4;
}

/**
 * Builds every network's feedback from the dataset and its analysis (`result.participation`
 * gives each network's participation index, indexed like the dataset's respondents).
 *
 * Why: Dēmos staff send each of the networks its own picture: where it stands among all networks
 * and among networks like it, in a form a coordinator can read. Privacy rules (the reason for
 * most of this function): a feedback names only its own network; the only figures about other
 * networks are shares, style percentages and quartiles of groups of at least `minCell` networks;
 * a group share is also withheld when the rest of the networks (all minus the group) is smaller
 * than `minCell`, because "all" and "group" together would reveal that rest. Networks without a
 * name, or whose name occurs twice, get no feedback (an issue says so).
 *
 * Reference: docs/feedback.md; the small-cell rule as in Statistics Netherlands' and Eurostat's
 * primary and secondary cell suppression (Hundepool et al. 2012, Statistical Disclosure Control, §5.2).
 *
 * @example
 * const { networks } = buildNetworkFeedback(dataset, analyze(dataset), { networkColumn: "Netwerk", groupBy: "GROOTTE_KLASSE", minCell: 5 });
 * networks[0].statements[0] // { id: "VIS_01", answer: "Akkoord", code: 4, high: true, all: { n: 73, pctHigh: 89.0 }, group: { n: 42, pctHigh: 85.7 }, … }
 */
export function buildNetworkFeedback(
  dataset: Dataset,
  result: Pick<AnalysisResult, "participation">,
  options: NetworkFeedbackOptions
): { networks: NetworkFeedback[]; issues: Issue[] } {
  const language = options.language ?? "nl";
  const nl = language === "nl";
  const minCell = Math.max(1, options.minCell);
  const issues: Issue[] = [];
  const where = { file: dataset.source.file ?? undefined, sheet: dataset.source.sheet };
  const missingColumn = (name: string, data: Dataset) =>
    issues.push({
      severity: "error",
      code: "MATCH_COLUMN_MISSING",
      message: nl
        ? `Kolom '${name}' bestaat niet in ${data.source.file ?? "de gegevens"}. Beschikbare kolommen: ${data.background.map((column) => column.header).join(", ") || "(geen)"}.`
        : `Column '${name}' does not exist in ${data.source.file ?? "the data"}. Available columns: ${data.background.map((column) => column.header).join(", ") || "(none)"}.`,
      file: data.source.file ?? undefined,
      sheet: data.source.sheet,
    });

  const networkColumn = resolveGroupColumns(dataset, [options.networkColumn]).columns[0];
  if (!networkColumn) {
    missingColumn(options.networkColumn, dataset);
    return { networks: [], issues };
  }
  let groupColumn: BackgroundColumn | undefined;
  if (options.groupBy !== undefined) {
    groupColumn = resolveGroupColumns(dataset, [options.groupBy]).columns[0];
    if (!groupColumn) {
      missingColumn(options.groupBy, dataset);
      return { networks: [], issues };
    }
  }
  const { rows: networkRows, duplicates } = uniqueRows(networkColumn);
  const unnamed = networkColumn.values.filter(
    (value) => value === null || normalizeText(value) === ""
  ).length;
  if (duplicates.length > 0 || unnamed > 0) {
    issues.push({
      severity: "warning",
      code: "MATCH_DUPLICATE_KEY",
      message: nl
        ? `${createFormat("nl").count(unnamed, "rij", "rijen")} zonder naam in '${networkColumn.header}' en ${createFormat("nl").count(duplicates.length, "naam", "namen")} die meer dan eens voorkomen: daarvoor wordt geen terugkoppeling gemaakt (ze tellen wel mee in de cijfers van alle netwerken).`
        : `${createFormat("en").count(unnamed, "row", "rows")} without a name in '${networkColumn.header}' and ${createFormat("en").count(duplicates.length, "name", "names")} occurring more than once: no feedback is made for them (they do count in the figures of all networks).`,
      ...where,
    });
  }

  const everyone = dataset.respondentIds.map((_, row) => row);
  const groupRows = new Map<string, number[]>();
  if (groupColumn) {
    groupColumn.values.forEach((value, row) => {
      if (value === null) return;
      const members = groupRows.get(value);
      if (members) members.push(row);
      else groupRows.set(value, [row]);
    });
  }

  // Shares per item: of all networks and per group value (computed once).
  const allCounts = new Map(
    dataset.items.map((column) => [column.item.id, countHigh(column, everyone)])
  );
  const groupCounts = new Map<string, Map<string, { n: number; high: number }>>();
  for (const [value, rows] of groupRows)
    groupCounts.set(
      value,
      new Map(dataset.items.map((column) => [column.item.id, countHigh(column, rows)]))
    );

  // Governance: each network's style per domain and how common each style is.
  const classification = classifyRespondents(dataset);
  const governanceDomains = DOMAINS.filter((domain) =>
    classification.some((styles) => styles?.styles[domain] !== undefined)
  );
  const distributions = governanceDomains.map((domain) => {
    const counts = Object.fromEntries(GOVERNANCE_STYLES.map((style) => [style, 0])) as Record<
      GovernanceStyle,
      number
    >;
    let n = 0;
    for (const styles of classification) {
      const style = styles?.styles[domain];
      if (style === undefined) continue;
      counts[style] += 1;
      n += 1;
    }
    // As for shares: the recipient knows its own style, so the others must number minCell.
    const distribution =
      n - 1 >= minCell
        ? (Object.fromEntries(
            GOVERNANCE_STYLES.map((style) => [style, (100 * counts[style]) / n])
          ) as Record<GovernanceStyle, number>)
        : null;
    return { domain, n, distribution };
  });

  // Participation: the index of every network and the quartiles of all.
  const participation = result.participation;
  const indices =
    participation?.respondents
      .map((respondent) => respondent.index)
      .filter((value): value is number => value !== null) ?? [];
  const quartiles =
    indices.length - 1 >= minCell && indices.length > 0
      ? (([q1, median, q3]) => ({ q1, median, q3 }))(
          jStat.quantiles(indices, [0.25, 0.5, 0.75], 1, 1)
        )
      : null;

  // The previous wave: each network's own row there.
  let previousRows: Map<string, number> | null = null;
  let previousColumns: Map<string, ItemColumn> | null = null;
  let previousAll: Map<string, { n: number; high: number }> | null = null;
  if (options.previous) {
    const previous = options.previous;
    const column = resolveGroupColumns(previous, [options.networkColumn]).columns[0];
    if (!column) missingColumn(options.networkColumn, previous);
    else {
      previousRows = uniqueRows(column).rows;
      previousColumns = new Map(previous.items.map((item) => [item.item.id, item]));
      const previousEveryone = previous.respondentIds.map((_, row) => row);
      previousAll = new Map(
        previous.items.map((item) => [item.item.id, countHigh(item, previousEveryone)])
      );
    }
  }

  const networks: NetworkFeedback[] = [];
  for (const [key, row] of networkRows) {
    const name = networkColumn.values[row]!.trim();
    const groupValue = groupColumn ? groupColumn.values[row] : null;
    const ownGroup = groupValue !== null ? groupCounts.get(groupValue) : undefined;
    const statements: FeedbackStatement[] = dataset.items.map((column) => {
      const valid = column.status[row] === ANSWER_STATUS.valid;
      const code = valid ? column.values[row] : null;
      const all = allCounts.get(column.item.id)!;
      const statement: FeedbackStatement = {
        id: column.item.id,
        label: column.item.label,
        answer: answerText(column, row, language),
        code,
        high: code === null ? null : column.item.scale.highCodes.includes(code),
        all: sharedFigure(all, minCell, undefined, valid),
        group: ownGroup ? sharedFigure(ownGroup.get(column.item.id)!, minCell, all, valid) : null,
      };
      if (column.item.reference) statement.reference = column.item.reference.pctHigh;
      return statement;
    });
    const own = classification[row];
    const governance =
      distributions.length > 0
        ? distributions.map(({ domain, n, distribution }) => ({
            domain,
            style: own?.styles[domain] ?? null,
            n,
            distribution,
          }))
        : null;
    const index = participation?.respondents[row]?.index ?? null;
    const feedbackParticipation: FeedbackParticipation | null = participation
      ? {
          index,
          n: indices.length,
          quartiles,
          band: index !== null && quartiles ? quartileBand(index, quartiles) : null,
        }
      : null;

    let change: FeedbackChange[] | null = null;
    let inPreviousWave: boolean | null = null;
    if (previousRows && previousColumns && previousAll && options.previous) {
      const previousRow = previousRows.get(key);
      inPreviousWave = previousRow !== undefined;
      if (previousRow !== undefined) {
        change = [];
        for (const column of dataset.items) {
          const earlier = previousColumns.get(column.item.id);
          if (!earlier) continue;
          const now = column.status[row] === ANSWER_STATUS.valid ? column.values[row] : null;
          const then =
            earlier.status[previousRow] === ANSWER_STATUS.valid
              ? earlier.values[previousRow]
              : null;
          change.push({
            id: column.item.id,
            label: column.item.label,
            previousAnswer: answerText(earlier, previousRow, language),
            answer: answerText(column, row, language),
            change: now !== null && then !== null ? now - then : null,
            previousAllPctHigh: sharedFigure(previousAll.get(column.item.id)!, minCell).pctHigh,
            allPctHigh: sharedFigure(allCounts.get(column.item.id)!, minCell).pctHigh,
          });
        }
      }
    }

    networks.push({
      network: name,
      networks: dataset.respondentIds.length,
      group:
        groupColumn && groupValue !== null
          ? { by: groupColumn.header, value: groupValue, n: groupRows.get(groupValue)!.length }
          : null,
      statements,
      governance,
      participation: feedbackParticipation,
      change,
      inPreviousWave,
    });
  }
  return { networks, issues };
}
