/**
 * Participation of people in poverty (domain/SPEC.md §1.4.5, §7b): how much they really have a say.
 *
 * - representation: % agreeing with the general item (seed 002: 62 %);
 * - per domain: involvement (inbreng), expertise and directive (richtinggevend) as % agreeing, the
 *   share saying the input was not directive, and the involvement–influence gap
 *   (involvement − directive, in percentage points; seed 002: "betrokkenheid hoger … dan
 *   richtinggevend");
 * - minimum: the lowest involvement and expertise over the domains (seed 002's "minstens 65 %");
 * - per respondent: a 0–100 index, the mean of the involvement, expertise and directive answers
 *   each rescaled to 0–100 (reverse-keyed items reversed), when at least `minItems` are answered
 *   (default two thirds: 6 of 9); and the gap mean(involvement, expertise) − mean(directive) in
 *   scale points.
 */
import { mean, sampleStandardDeviation } from "simple-statistics";
import type { Domain } from "./codebook";
import { DOMAINS, PARTICIPATION_CONSTRUCTS } from "./codebook";
import type { Dataset, ItemColumn } from "./dataset";
import { ANSWER_STATUS } from "./dataset";
import { roundHalfUp } from "./rounding";
import type { ItemSummary, Participation, ParticipationDomain, RoundingMode } from "./results";
import { reverseCode } from "./reverseCode";

export interface ParticipationOptions {
  rounding: RoundingMode;
  rows?: readonly number[];
  /** Minimum answered items for the per-respondent index (default: ceil(2/3 of the items)). */
  minItems?: number;
}

const componentConstructs = [
  PARTICIPATION_CONSTRUCTS.involvement,
  PARTICIPATION_CONSTRUCTS.expertise,
  PARTICIPATION_CONSTRUCTS.directive,
] as string[];

function itemFor(
  dataset: Dataset,
  construct: string,
  domain: Domain | null
): ItemColumn | undefined {
  return dataset.items.find(
    (column) =>
      column.item.construct === construct && (domain === null || column.item.domain === domain)
  );
}

/** Minimum of the known values, or null. @example minimumOf([66.2, null, 64.9]) // 64.9 */
export function minimumOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.min(...known);
}

/** Computes the participation section; null when the codebook has no participation items in the data. */
export function analyzeParticipation(
  dataset: Dataset,
  summaries: ReadonlyMap<string, ItemSummary>,
  options: ParticipationOptions
): Participation | null {
  const components = dataset.items.filter(
    (column) =>
      column.item.construct !== null && componentConstructs.includes(column.item.construct)
  );
  const representationColumn = itemFor(dataset, PARTICIPATION_CONSTRUCTS.representation, null);
  if (components.length === 0 && !representationColumn) return null;
  const pctHigh = (column: ItemColumn | undefined) =>
    column ? summaries.get(column.item.id)!.pctHigh : null;
  const pctLow = (column: ItemColumn | undefined) =>
    column ? summaries.get(column.item.id)!.pctLow : null;
  const difference = (a: number | null, b: number | null) => {
    if (a === null || b === null) return null;
    return options.rounding === "legacy" ? roundHalfUp(a - b, 1) : a - b;
  };

  const domains: ParticipationDomain[] = [];
  for (const domain of DOMAINS) {
    const involvement = itemFor(dataset, PARTICIPATION_CONSTRUCTS.involvement, domain);
    const expertise = itemFor(dataset, PARTICIPATION_CONSTRUCTS.expertise, domain);
    const directive = itemFor(dataset, PARTICIPATION_CONSTRUCTS.directive, domain);
    if (!involvement && !expertise && !directive) continue;
    domains.push({
      domain,
      involvement: pctHigh(involvement),
      expertise: pctHigh(expertise),
      directive: pctHigh(directive),
      notDirective: pctLow(directive),
      gap: difference(pctHigh(involvement), pctHigh(directive)),
    });
  }

  const minItems = options.minItems ?? Math.ceil((2 * components.length) / 3);
  const isDirective = (column: ItemColumn) =>
    column.item.construct === PARTICIPATION_CONSTRUCTS.directive;
  // What the loop below reads per answer, gathered once (it runs before V8 has optimised it).
  const parts = components.map((column) => ({
    values: column.values,
    status: column.status,
    min: column.item.scale.min,
    max: column.item.scale.max,
    reversed: column.item.reversed,
    directive: isDirective(column),
  }));
  const VALID = ANSWER_STATUS.valid;
  // One loop over the respondents (not a map and four map/filter passes after it): the index and
  // gap lists keep respondent order, as the statistics below need.
  const rows = options.rows;
  const total = rows ? rows.length : dataset.respondentIds.length;
  const respondents: Participation["respondents"] = new Array(total);
  const indices: number[] = [];
  const gaps: number[] = [];
  for (let k = 0; k < total; k += 1) {
    const index = rows ? rows[k] : k;
    let rescaledSum = 0;
    let answered = 0;
    let sayingSum = 0;
    let saying = 0;
    let directiveSum = 0;
    let directiveCount = 0;
    for (let position = 0; position < parts.length; position += 1) {
      const part = parts[position];
      if (part.status[index] !== VALID) continue;
      const { min, max } = part;
      const code = part.reversed ? reverseCode(part.values[index], min, max) : part.values[index];
      rescaledSum += ((code - min) / (max - min)) * 100;
      answered += 1;
      if (part.directive) {
        directiveSum += code;
        directiveCount += 1;
      } else {
        sayingSum += code;
        saying += 1;
      }
    }
    const index100 = answered >= minItems && answered > 0 ? rescaledSum / answered : null;
    const gap =
      saying > 0 && directiveCount > 0 ? sayingSum / saying - directiveSum / directiveCount : null;
    respondents[k] = { respondent: dataset.respondentIds[index], index: index100, gap };
    if (index100 !== null) indices.push(index100);
    if (gap !== null) gaps.push(gap);
  }

  const representationSummary = representationColumn
    ? summaries.get(representationColumn.item.id)!
    : null;
  return {
    representation: representationSummary
      ? {
          item: representationSummary.id,
          n: representationSummary.n,
          pctHigh: representationSummary.pctHigh,
          pctLow: representationSummary.pctLow,
        }
      : null,
    domains,
    minimum: {
      involvement: minimumOf(domains.map((domain) => domain.involvement)),
      expertise: minimumOf(domains.map((domain) => domain.expertise)),
    },
    index: {
      n: indices.length,
      mean: indices.length > 0 ? mean(indices) : null,
      sd: indices.length > 1 ? sampleStandardDeviation(indices) : null,
      minItems,
      gapMean: gaps.length > 0 ? mean(gaps) : null,
    },
    respondents,
  };
}
