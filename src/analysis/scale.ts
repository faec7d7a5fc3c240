/**
 * Response scales: the points of an answer scale (code and label in Dutch and English), and how the
 * points fall into a low band, a neutral middle and a high band ("Niet akkoord" / "Wel akkoord").
 *
 * Built-in scales come from domain/SPEC.md §7a: AKK5 (agreement), INZ5 (effort), NUT2 (useful or
 * not), JN (no/yes) and SUC5 (success, seed 001). A numeric range such as "1-6" is also a scale.
 * Bands: with an odd number of points the middle point is neutral; with an even number there is no
 * neutral and the points split in two halves.
 */
import type { LocalizedText } from "./language";
import { normalizeText } from "./textMatch";

export interface ScalePoint {
  code: number;
  label: LocalizedText;
}

export interface Scale {
  /** Scale id as used in a codebook: "AKK5", "1-6", … */
  id: string;
  points: ScalePoint[];
  /** Lowest and highest code (for reverse keying: (min + max) − code). */
  min: number;
  max: number;
  /** Codes in the low band, the neutral middle (may be empty) and the high band. */
  lowCodes: number[];
  neutralCodes: number[];
  highCodes: number[];
  /** Collapsed labels as in the seed tables: "Niet akkoord" / "Wel akkoord". */
  lowLabel: LocalizedText;
  neutralLabel: LocalizedText;
  highLabel: LocalizedText;
}

/**
 * Splits ordered codes into low / neutral / high bands: the lower half, the middle point when the
 * number of points is odd, the upper half.
 *
 * @example bandsFor([1, 2, 3, 4, 5]) // { low: [1, 2], neutral: [3], high: [4, 5] }
 * @example bandsFor([0, 1]) // { low: [0], neutral: [], high: [1] }
 */
export function bandsFor(codes: readonly number[]): {
  low: number[];
  neutral: number[];
  high: number[];
} {
  const half = Math.floor(codes.length / 2);
  return {
    low: codes.slice(0, half),
    neutral: codes.length % 2 === 1 ? [codes[half]] : [],
    high: codes.slice(codes.length - half),
  };
}

function makeScale(
  id: string,
  labels: [number, string, string][],
  low: LocalizedText,
  high: LocalizedText,
  neutral: LocalizedText = { nl: "Neutraal", en: "Neutral" }
): Scale {
  const points = labels.map(([code, nl, en]) => ({ code, label: { nl, en } }));
  const codes = points.map((point) => point.code);
  const bands = bandsFor(codes);
  return {
    id,
    points,
    min: codes[0],
    max: codes[codes.length - 1],
    lowCodes: bands.low,
    neutralCodes: bands.neutral,
    highCodes: bands.high,
    lowLabel: low,
    neutralLabel: neutral,
    highLabel: high,
  };
}

/** The built-in scales, by id. */
export const BUILT_IN_SCALES: Readonly<Record<string, Scale>> = {
  AKK5: makeScale(
    "AKK5",
    [
      [1, "Helemaal niet akkoord", "Strongly disagree"],
      [2, "Niet akkoord", "Disagree"],
      [3, "Neutraal", "Neutral"],
      [4, "Akkoord", "Agree"],
      [5, "Helemaal akkoord", "Strongly agree"],
    ],
    { nl: "Niet akkoord", en: "Disagree" },
    { nl: "Wel akkoord", en: "Agree" }
  ),
  INZ5: makeScale(
    "INZ5",
    [
      [1, "Zeer zwakke inzet", "Very weak effort"],
      [2, "Zwakke inzet", "Weak effort"],
      [3, "Noch zwak, noch sterk", "Neither weak nor strong"],
      [4, "Sterke inzet", "Strong effort"],
      [5, "Zeer sterke inzet", "Very strong effort"],
    ],
    { nl: "Zwakke inzet", en: "Weak effort" },
    { nl: "Sterke inzet", en: "Strong effort" }
  ),
  NUT2: makeScale(
    "NUT2",
    [
      [0, "Niet nuttig", "Not useful"],
      [1, "Wel nuttig", "Useful"],
    ],
    { nl: "Niet nuttig", en: "Not useful" },
    { nl: "Wel nuttig", en: "Useful" }
  ),
  JN: makeScale(
    "JN",
    [
      [0, "Nee", "No"],
      [1, "Ja", "Yes"],
    ],
    { nl: "Nee", en: "No" },
    { nl: "Ja", en: "Yes" }
  ),
  SUC5: makeScale(
    "SUC5",
    [
      [1, "Onsuccesvol", "Unsuccessful"],
      [2, "Minder succesvol", "Less successful"],
      [3, "Neutraal", "Neutral"],
      [4, "Succesvol", "Successful"],
      [5, "Zeer succesvol", "Very successful"],
    ],
    { nl: "(Minder) succesvol niet", en: "Not successful" },
    { nl: "(Zeer) succesvol", en: "Successful" }
  ),
};

/** Extra spellings people type for scale points (normalised text → code), per built-in scale. */
export const LABEL_ALIASES: Readonly<Record<string, Record<string, number>>> = {
  AKK5: {
    "helemaal oneens": 1,
    "volledig oneens": 1,
    "totaal niet akkoord": 1,
    oneens: 2,
    "niet eens": 2,
    "noch akkoord noch niet akkoord": 3,
    "noch eens noch oneens": 3,
    neither: 3,
    "neither agree nor disagree": 3,
    eens: 4,
    "helemaal eens": 5,
    "volledig akkoord": 5,
    "volledig eens": 5,
  },
  SUC5: { "niet succesvol": 1 },
  NUT2: { nuttig: 1, "niet nuttig": 0 },
  JN: { neen: 0, j: 1, n: 0 },
};

/**
 * Resolves a scale id: a built-in id (any case) or a numeric range "a-b" (integers, a < b,
 * at most 101 points). Returns null for anything else.
 *
 * @example resolveScale("akk5")?.id // "AKK5"
 * @example resolveScale("1-6")?.highCodes // [4, 5, 6]
 */
export function resolveScale(id: string): Scale | null {
  const trimmed = id.trim();
  const builtIn = BUILT_IN_SCALES[trimmed.toUpperCase()];
  if (builtIn) return builtIn;
  const range = /^(-?\d+)\s*[-–]\s*(-?\d+)$/.exec(trimmed);
  if (!range) return null;
  const low = Number(range[1]);
  const high = Number(range[2]);
  if (!(low < high) || high - low > 100) return null;
  const labels: [number, string, string][] = [];
  for (let code = low; code <= high; code += 1) labels.push([code, String(code), String(code)]);
  const bands = bandsFor(labels.map(([code]) => code));
  const describe = (codes: number[]) =>
    codes.length === 1 ? `${codes[0]}` : `${codes[0]}–${codes[codes.length - 1]}`;
  return makeScale(
    `${low}-${high}`,
    labels,
    { nl: `Laag (${describe(bands.low)})`, en: `Low (${describe(bands.low)})` },
    { nl: `Hoog (${describe(bands.high)})`, en: `High (${describe(bands.high)})` },
    { nl: `Midden (${describe(bands.neutral)})`, en: `Middle (${describe(bands.neutral)})` }
  );
}

/** Answers that mean "don't know / not applicable": counted apart from valid and missing answers. */
const DONT_KNOW_ANSWERS = new Set(
  [
    "weet niet",
    "weet ik niet",
    "geen idee",
    "n.v.t.",
    "nvt",
    "niet van toepassing",
    "geen antwoord",
    "geen mening",
    "don't know",
    "dont know",
    "do not know",
    "not applicable",
    "n/a",
    "na",
    "dk",
    "wn",
  ].map(normalizeText)
);

/** True when a typed answer means "don't know" or "not applicable". */
export function isDontKnowAnswer(text: string): boolean {
  return DONT_KNOW_ANSWERS.has(normalizeText(text));
}
