/**
 * Distinct values of a column (dictionary encoding): each different text once, in order of first
 * appearance, with how many rows hold it and, per row, which one it holds. A background column of
 * 20,000 rows holds a handful (or a few hundred) different values; the checks made on its texts
 * (personal data, free text, one spelling per group) then run once per distinct value instead of
 * once per row, and ingest builds the column in a single pass over the grid.
 *
 * Reference: dictionary encoding as in Apache Arrow's DictionaryArray
 * (https://arrow.apache.org/docs/format/Columnar.html#dictionary-encoded-layout).
 */

/** A column as its distinct values and a code per row. */
export interface DistinctValues {
  /** The different non-null values, in order of first appearance. */
  values: string[];
  /** How many rows hold each value (same index as `values`). */
  counts: number[];
  /** Per row: the index in `values`, or -1 for null (blank). */
  codes: Int32Array;
}

/**
 * Encodes a column of texts, `toText` turning each raw value into its text (null for blank).
 * Equal raw values (by SameValueZero, as a Map compares keys) are converted once.
 *
 * @example encodeDistinct(["klein", null, "groot", "klein"], (value) => value)
 * // { values: ["klein", "groot"], counts: [2, 1], codes: Int32Array [0, -1, 1, 0] }
 */
export function encodeDistinct<T>(
  raw: readonly T[],
  toText: (value: T) => string | null
): DistinctValues {
  const values: string[] = [];
  const counts: number[] = [];
  const codes = new Int32Array(raw.length);
  // Made before the loop: V8 compiles the loop while it runs (on-stack replacement) and reuses that
  // code for the next column; an object made after the loop, unseen then, made it deoptimise.
  const distinct: DistinctValues = { values, counts, codes };
  const byRaw = new Map<T, number>();
  const byText = new Map<string, number>();
  for (let row = 0; row < raw.length; row += 1) {
    const value = raw[row];
    let code = byRaw.get(value);
    if (code === undefined) {
      const text = toText(value);
      if (text === null) code = -1;
      else {
        code = byText.get(text);
        if (code === undefined) {
          code = values.length;
          values.push(text);
          counts.push(0);
          byText.set(text, code);
        }
      }
      byRaw.set(value, code);
    }
    codes[row] = code;
    if (code >= 0) counts[code] += 1;
  }
  return distinct;
}

/**
 * The column as one value per row again, each distinct value replaced by `shown[index]`
 * (by default the value itself).
 *
 * @example decodeDistinct(encodeDistinct(["a", null, "a"], (value) => value)) // ["a", null, "a"]
 */
export function decodeDistinct(
  distinct: DistinctValues,
  shown: readonly string[] = distinct.values
): (string | null)[] {
  const { codes } = distinct;
  const result: (string | null)[] = new Array(codes.length);
  for (let row = 0; row < codes.length; row += 1) {
    const code = codes[row];
    result[row] = code < 0 ? null : shown[code];
  }
  return result;
}
