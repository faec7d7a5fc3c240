/**
 * Governance style (domain/SPEC.md §1.3, §7b): is the coordinator a facilitator (partners decide),
 * coproducent (decide together) or opdrachtgever (coordinator decides) when the network drafts its
 * vision, objectives and actions? Measured by one agree/disagree statement per role and domain.
 *
 * - Group level, per domain: the role table (pctLow, pctHigh, net = pctHigh − pctLow) and the
 *   dominant role (highest pctHigh; ties → "gemengd").
 * - Per respondent, per domain: the role with the highest agreement among the answers in the high
 *   band; ties → "gemengd"; no role agreed with → "onbepaald". Overall: the most frequent domain
 *   style other than "onbepaald" (ties → "gemengd"; none → "onbepaald").
 * - Style counts and a cross-tab of the overall style by every group column (chi-square, df, p,
 *   Cramér's V, small-expected-count flag). Respondents who answered no role statement at all are
 *   missing data, not a style: they are left out of the styles and counted in `unclassified`.
 */
import type { Domain } from "./codebook";
import { DOMAINS, ROLE_CONSTRUCTS } from "./codebook";
import { crosstab } from "./crosstab";
import type { BackgroundColumn, Dataset, ItemColumn } from "./dataset";
import { ANSWER_STATUS } from "./dataset";
import { roundHalfUp } from "./rounding";
import type {
  Governance,
  GovernanceDomain,
  GovernanceRole,
  GovernanceStyle,
  ItemSummary,
  RoundingMode,
} from "./results";

export const ROLES: readonly GovernanceRole[] = ["facilitator", "coproducent", "opdrachtgever"];
export const STYLES: readonly GovernanceStyle[] = [
  "facilitator",
  "coproducent",
  "opdrachtgever",
  "gemengd",
  "onbepaald",
];

const TIE_TOLERANCE = 1e-9;
/** ANSWER_STATUS.valid, read once (a module constant, not a property load in the loops). */
const VALID = ANSWER_STATUS.valid;
/** Indexes in STYLES. */
const MIXED = 3;
const UNDETERMINED = 4;
/** STYLES.length, read once (a module constant, not a property load in the loop). */
const STYLES_COUNT = STYLES.length;

/** Role items per domain, in role order; empty when the codebook has no role constructs. */
export function roleItemsByDomain(
  dataset: Dataset
): Map<Domain, { role: GovernanceRole; column: ItemColumn }[]> {
  const byDomain = new Map<Domain, { role: GovernanceRole; column: ItemColumn }[]>();
  for (const domain of DOMAINS) {
    const entries: { role: GovernanceRole; column: ItemColumn }[] = [];
    for (const role of ROLES) {
      const column = dataset.items.find(
        (candidate) =>
          candidate.item.domain === domain && candidate.item.construct === ROLE_CONSTRUCTS[role]
      );
      if (column) entries.push({ role, column });
    }
    if (entries.length > 0) byDomain.set(domain, entries);
  }
  return byDomain;
}

/**
 * The group-level role table per domain from item summaries.
 *
 * @example dominantOf([{ role: "facilitator", pctHigh: 29.9 }, { role: "coproducent", pctHigh: 74.1 }]) // "coproducent"
 */
export function dominantOf(
  rows: readonly { role: GovernanceRole; pctHigh: number | null }[]
): GovernanceRole | "gemengd" | null {
  const known = rows.filter((row) => row.pctHigh !== null) as {
    role: GovernanceRole;
    pctHigh: number;
  }[];
  if (known.length === 0) return null;
  const best = Math.max(...known.map((row) => row.pctHigh));
  // Nobody agrees with any role: there is no dominant role (not a three-way tie).
  if (best <= TIE_TOLERANCE) return null;
  const top = known.filter((row) => Math.abs(row.pctHigh - best) <= TIE_TOLERANCE);
  return top.length === 1 ? top[0].role : "gemengd";
}

/**
 * The style of one respondent in one domain from their role answers.
 *
 * @example styleOf([{ role: "facilitator", code: 4 }, { role: "coproducent", code: 5 }], [4, 5]) // "coproducent"
 * @example styleOf([{ role: "facilitator", code: 5 }, { role: "coproducent", code: 5 }], [4, 5]) // "gemengd"
 * @example styleOf([{ role: "facilitator", code: 2 }], [4, 5]) // "onbepaald"
 */
export function styleOf(
  answers: readonly { role: GovernanceRole; code: number | null }[],
  highCodes: readonly number[]
): GovernanceStyle {
  const agreeing = answers.filter(
    (answer) => answer.code !== null && highCodes.includes(answer.code)
  ) as { role: GovernanceRole; code: number }[];
  if (agreeing.length === 0) return "onbepaald";
  const best = Math.max(...agreeing.map((answer) => answer.code));
  const top = agreeing.filter((answer) => answer.code === best);
  return top.length === 1 ? top[0].role : "gemengd";
}

/**
 * The overall style across domains: the most frequent determined style.
 *
 * @example overallStyleOf(["coproducent", "onbepaald", "coproducent"]) // "coproducent"
 * @example overallStyleOf(["facilitator", "coproducent"]) // "gemengd"
 */
export function overallStyleOf(styles: readonly GovernanceStyle[]): GovernanceStyle {
  const counts = [0, 0, 0, 0, 0];
  for (const style of styles) counts[STYLES.indexOf(style)] += 1;
  return overallFromCounts(counts);
}

/**
 * overallStyleOf from how often each style occurs (indexed as STYLES; "onbepaald" is not counted):
 * the style seen most often, "gemengd" when several share the highest count, "onbepaald" when none.
 */
function overallFromCounts(counts: ArrayLike<number>): GovernanceStyle {
  let best = 0;
  let winner = -1;
  let tied = false;
  for (let style = 0; style < UNDETERMINED; style += 1) {
    if (counts[style] > best) {
      best = counts[style];
      winner = style;
      tied = false;
    } else if (best > 0 && counts[style] === best) tied = true;
  }
  return winner < 0 ? "onbepaald" : tied ? "gemengd" : STYLES[winner];
}

export interface GovernanceOptions {
  rounding: RoundingMode;
  /** Respondent indices to include (all when omitted). */
  rows?: readonly number[];
  /** Group columns to cross-tabulate the overall style by. */
  groupColumns?: readonly BackgroundColumn[];
  /** The styles of every respondent, when already computed (classifyRespondents). */
  classification?: readonly (RespondentStyles | null)[];
  /** List every respondent's styles (default true; group results only need the counts). */
  withRespondents?: boolean;
}

/** The styles of one respondent: per domain and overall. */
export interface RespondentStyles {
  styles: Record<string, GovernanceStyle>;
  overall: GovernanceStyle;
}

/**
 * Classifies every respondent of a dataset (indexed like the dataset's respondents); null for a
 * respondent who answered no role statement at all. Computed once per analysis and shared by the
 * whole-sample and group results. Same rules as styleOf/overallStyleOf, without allocations per
 * answer or per respondent.
 *
 * Why so: it runs over every respondent (20,000–100,000), much of it before V8 has optimised the
 * loop. A respondent's domain styles are kept as one number (Σ the style of the d-th domain, an
 * index in STYLES, times 5^d: 125 combinations for three domains), and respondents with the same
 * combination share one frozen RespondentStyles object: 125 objects instead of two per
 * respondent, which the garbage collector no longer has to copy.
 *
 * @example
 * classifyRespondents(dataset)[0] // { styles: { visie: "coproducent", … }, overall: "coproducent" }
 */
export function classifyRespondents(dataset: Dataset): (RespondentStyles | null)[] {
  // Per domain, what the loop reads: flat arrays, indexed loops.
  const byDomain = [...roleItemsByDomain(dataset).entries()];
  const names = byDomain.map(([domain]) => domain);
  const domains: DomainAnswers[] = byDomain.map(([, entries]) => ({
    highCodes: entries[0].column.item.scale.highCodes,
    roleStyles: entries.map((entry) => STYLES.indexOf(entry.role)),
    statuses: entries.map((entry) => entry.column.status),
    values: entries.map((entry) => entry.column.values),
  }));
  // Every combination's RespondentStyles, made before the loop (125 small objects for three
  // domains): the loop then only picks one, and V8 compiles it without the making.
  const combinations: RespondentStyles[] = [];
  for (let combination = 0; combination < STYLES_COUNT ** names.length; combination += 1)
    combinations.push(respondentStyles(names, combination));
  const result: (RespondentStyles | null)[] = new Array(dataset.respondentIds.length);
  classifyInto(domains, dataset.respondentIds.length, combinations, result);
  return result;
}

/** One domain's role answers, as classifyInto reads them. */
interface DomainAnswers {
  highCodes: readonly number[];
  /** Each role's index in STYLES (the roles are its first three). */
  roleStyles: readonly number[];
  statuses: readonly Uint8Array[];
  values: readonly Float64Array[];
}

/**
 * The loop of classifyRespondents over the respondents: sets `result[index]` to the
 * `combinations` entry of the respondent's domain styles (Σ style of the d-th domain × 5^d), or
 * null when they answered no role statement. A function of its own, small and without calls to
 * our code, so that V8 compiles it (while it runs, on-stack replacement) in about a millisecond;
 * every respondent it handles before that runs unoptimised.
 */
function classifyInto(
  domains: readonly DomainAnswers[],
  total: number,
  combinations: readonly RespondentStyles[],
  result: (RespondentStyles | null)[]
): void {
  for (let index = 0; index < total; index += 1) {
    let answeredAny = false;
    let combination = 0;
    let weight = 1;
    for (let position = 0; position < domains.length; position += 1) {
      const { highCodes, roleStyles, statuses, values } = domains[position];
      let best = -Infinity;
      let bestRole = -1;
      let tied = false;
      for (let entry = 0; entry < roleStyles.length; entry += 1) {
        if (statuses[entry][index] !== VALID) continue;
        answeredAny = true;
        const code = values[entry][index];
        // In the high band? A loop over its two or three codes, not highCodes.includes (a call per
        // answer while unoptimised; a valid code is never NaN, so === is includes' test here).
        let agrees = false;
        for (let high = 0; high < highCodes.length; high += 1)
          if (highCodes[high] === code) agrees = true;
        if (!agrees) continue;
        if (code > best) {
          best = code;
          bestRole = entry;
          tied = false;
        } else if (code === best) tied = true;
      }
      combination += (bestRole < 0 ? UNDETERMINED : tied ? MIXED : roleStyles[bestRole]) * weight;
      weight *= STYLES_COUNT;
    }
    result[index] = answeredAny ? combinations[combination] : null;
  }
}

/**
 * The frozen RespondentStyles of a combination of domain styles (as classifyRespondents makes
 * it: Σ the style of the d-th domain, an index in STYLES, times 5^d).
 */
function respondentStyles(domains: readonly Domain[], combination: number): RespondentStyles {
  const styles: Record<string, GovernanceStyle> = {};
  const counts = new Array<number>(STYLES_COUNT).fill(0);
  let rest = combination;
  for (const domain of domains) {
    const style = rest % STYLES_COUNT;
    rest = (rest - style) / STYLES_COUNT;
    styles[domain] = STYLES[style];
    counts[style] += 1;
  }
  return Object.freeze({ styles: Object.freeze(styles), overall: overallFromCounts(counts) });
}

/**
 * The pass of analyzeGovernance over the respondents (`rows`, or all `total` when null): who has a
 * style (`classifiedRows`, in respondent order), the count of each overall style, and (when
 * `withRespondents`) every classified respondent's styles. A function of its own: the code V8
 * compiles while in this loop is small, so it is ready sooner (analyzeGovernance's own took 2 ms
 * to compile and was thrown away after the loop).
 */
function listStyles(
  classification: readonly (RespondentStyles | null)[],
  respondentIds: readonly string[],
  rows: readonly number[] | null,
  total: number,
  withRespondents: boolean,
  styleCounts: Record<GovernanceStyle, number>,
  classifiedRows: number[],
  respondents: Governance["respondents"]
): void {
  for (let k = 0; k < total; k += 1) {
    const index = rows !== null ? rows[k] : k;
    const entry = classification[index];
    if (entry === null) continue;
    classifiedRows.push(index);
    styleCounts[entry.overall] += 1;
    if (withRespondents)
      respondents.push({
        respondent: respondentIds[index],
        styles: entry.styles,
        overall: entry.overall,
      });
  }
}

/** Computes the governance section; null when the codebook has no role items in the data. */
export function analyzeGovernance(
  dataset: Dataset,
  summaries: ReadonlyMap<string, ItemSummary>,
  options: GovernanceOptions
): Governance | null {
  const byDomain = roleItemsByDomain(dataset);
  if (byDomain.size === 0) return null;

  const domains: GovernanceDomain[] = [...byDomain.entries()].map(([domain, entries]) => {
    const roles = entries.map(({ role, column }) => {
      const summary = summaries.get(column.item.id)!;
      const net =
        summary.pctHigh !== null && summary.pctLow !== null
          ? summary.pctHigh - summary.pctLow
          : null;
      return {
        role,
        item: column.item.id,
        n: summary.n,
        pctLow: summary.pctLow,
        pctHigh: summary.pctHigh,
        net: net !== null && options.rounding === "legacy" ? roundHalfUp(net, 1) : net,
      };
    });
    return { domain, dominantRole: dominantOf(roles), roles };
  });

  const styleCounts = Object.fromEntries(STYLES.map((style) => [style, 0])) as Record<
    GovernanceStyle,
    number
  >;
  const classification = options.classification ?? classifyRespondents(dataset);
  const rows = options.rows;
  const total = rows ? rows.length : dataset.respondentIds.length;
  const classifiedRows: number[] = [];
  const respondents: Governance["respondents"] = [];
  listStyles(
    classification,
    dataset.respondentIds,
    rows ?? null,
    total,
    options.withRespondents !== false,
    styleCounts,
    classifiedRows,
    respondents
  );
  const crosstabs = (options.groupColumns ?? []).map((group) => {
    const groupValues = classifiedRows.map((index) => group.values[index]);
    const overall = classifiedRows.map((index) => classification[index]!.overall);
    return crosstab(group.id, groupValues, overall, {
      columnOrder: [...STYLES],
      ...(group.order ? { rowOrder: group.order } : {}),
    });
  });

  return {
    domains,
    respondents,
    styleCounts,
    unclassified: total - classifiedRows.length,
    crosstabs,
  };
}
