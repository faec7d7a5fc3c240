/**
 * Reverse-keys one Likert answer: on a scale from `min` to `max` the code becomes
 * `(min + max) − code`, so 1 ↔ 5 and 2 ↔ 4 on a 1–5 scale and the midpoint stays put.
 *
 * Negatively worded statements ("Ik voel me niet gehoord") must be reverse-keyed before they are
 * added up with positively worded ones, otherwise they cancel each other out and a scale's
 * reliability drops or even turns negative. Reversing twice gives the original code back.
 *
 * The scale bounds are the codebook's bounds, not the smallest and largest answer seen in the
 * data (psych::alpha's `keys` argument uses the data's range, which differs when nobody used an
 * end point of the scale).
 *
 * A missing answer (NaN) stays missing.
 *
 * Reference: https://en.wikipedia.org/wiki/Likert_scale#Scoring_and_analysis and
 * psych::reverse.code (https://search.r-project.org/CRAN/refmans/psych/html/reverse.code.html).
 *
 * @param code the answer code, within [min, max], or NaN for missing
 * @param min the lowest code of the scale (e.g. 1)
 * @param max the highest code of the scale (e.g. 5)
 * @returns the reverse-keyed code, or NaN when `code` is NaN
 * @throws {Error} when min or max is not finite, min >= max, or code lies outside [min, max]
 * @example
 * reverseCode(1, 1, 5); // => 5
 * reverseCode(2, 1, 5); // => 4
 * reverseCode(0, 0, 10); // => 10
 * reverseCode(NaN, 1, 5); // => NaN
 */
export function reverseCode(code: number, min: number, max: number): number {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    throw new Error(
      `reverseCode requires finite scale bounds with min < max, got min ${min} and max ${max}`
    );
  }
  if (Number.isNaN(code)) return NaN;
  if (!(code >= min && code <= max)) {
    throw new Error(
      `reverseCode: code ${code} lies outside the scale ${min}–${max}; treat it as missing (NaN) first`
    );
  }
  return min + max - code;
}
