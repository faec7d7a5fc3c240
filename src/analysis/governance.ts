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
/** Indexes in STYLES. */
const MIXED = 3;
const UNDETERMINED = 4;

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
 * whole-sample and group results. Same rules as styleOf/overallStyleOf, without per-answer
 * allocations (100,000 respondents × 3 domains).
 */
export function classifyRespondents(dataset: Dataset): (RespondentStyles | null)[] {
  // Per domain, what the loop reads: flat arrays, indexed loops (this runs once per respondent,
  // mostly before V8 has optimised it).
  const domains = [...roleItemsByDomain(dataset).entries()].map(([domain, entries]) => ({
    domain,
    highCodes: entries[0].column.item.scale.highCodes,
    /** Each role's index in STYLES (the roles are its first three). */
    roleStyles: entries.map((entry) => STYLES.indexOf(entry.role)),
    statuses: entries.map((entry) => entry.column.status),
    values: entries.map((entry) => entry.column.values),
  }));
  const VALID = ANSWER_STATUS.valid;
  const result: (RespondentStyles | null)[] = new Array(dataset.respondentIds.length);
  // How often each style (indexed as STYLES) occurs among one respondent's domains; reused.
  const counts = new Int32Array(STYLES.length);
  // Every respondent's styles object is a copy of this one (all domains, in order), so setting a
  // style changes a property instead of adding one.
  const template: Record<string, GovernanceStyle> = {};
  for (const { domain } of domains) template[domain] = "onbepaald";
  for (let index = 0; index < dataset.respondentIds.length; index += 1) {
    let answeredAny = false;
    const styles: Record<string, GovernanceStyle> = { ...template };
    counts.fill(0);
    for (let position = 0; position < domains.length; position += 1) {
      const { domain, highCodes, roleStyles, statuses, values } = domains[position];
      let best = -Infinity;
      let bestRole = -1;
      let tied = false;
      for (let entry = 0; entry < roleStyles.length; entry += 1) {
        if (statuses[entry][index] !== VALID) continue;
        answeredAny = true;
        const code = values[entry][index];
        if (!highCodes.includes(code)) continue;
        if (code > best) {
          best = code;
          bestRole = entry;
          tied = false;
        } else if (code === best) tied = true;
      }
      const style = bestRole < 0 ? UNDETERMINED : tied ? MIXED : roleStyles[bestRole];
      styles[domain] = STYLES[style];
      counts[style] += 1;
    }
    result[index] = answeredAny ? { styles, overall: overallFromCounts(counts) } : null;
  }
  return result;
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
  // One loop over the respondents: who has a style (in respondent order), the counts, the list.
  const rows = options.rows;
  const total = rows ? rows.length : dataset.respondentIds.length;
  const withRespondents = options.withRespondents !== false;
  const classifiedRows: number[] = [];
  const respondents: Governance["respondents"] = [];
  for (let k = 0; k < total; k += 1) {
    const index = rows ? rows[k] : k;
    const entry = classification[index];
    if (entry === null) continue;
    classifiedRows.push(index);
    styleCounts[entry.overall] += 1;
    if (withRespondents)
      respondents.push({
        respondent: dataset.respondentIds[index],
        styles: entry.styles,
        overall: entry.overall,
      });
  }
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
