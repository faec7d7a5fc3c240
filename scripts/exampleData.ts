/**
 * Seeded example answers for the Dēmos coordinator survey (preset "demos-coordinatoren"): a header
 * row (RESP_ID, GEMEENTE, INWONERS, GROOTTE_KLASSE, REGIO, JAAR, then the 45 items in preset
 * order) and one row per network, as a coordinator workbook would hold them.
 *
 * The answers follow seed 002 (domain/SPEC.md §1.4): per item the share agreeing ("top-2") and
 * disagreeing ("bottom-2") approximate the printed figures. Answers hang together the way real
 * ones do: every respondent gets a latent trait per construct (network health, effort, the three
 * governance roles, participation, support need), each item is trait × loading + noise, cut into
 * categories at the normal quantiles of the target distribution. That gives plausible Cronbach
 * alphas, and the size effects of seed 002's conclusions: facilitator more in large municipalities,
 * opdrachtgever more in small ones, less participation and more need for exchange in small ones.
 *
 * Pure (no Node APIs), so tests, the example generator (scripts/generate-example.ts) and the
 * benchmark (bench/run.ts) share it.
 */
import type { CellValue } from "../src/analysis/grid";
import { DEMOS_ITEMS } from "../src/presets/demosCoordinatoren";

export interface ExampleDataOptions {
  /** Number of respondent rows (networks). */
  respondents: number;
  /** PRNG seed: the same seed and options give the same rows, on every platform. */
  seed: number;
  /** Share of rows whose answers are typed as Dutch labels ("Akkoord", "helemaal akkoord", …), rounded to whole rows. Default 0.15. */
  labelShare?: number;
  /** Share of answer cells left blank. Default 0.02. */
  blankShare?: number;
  /** Share of answer cells answered "weet niet" / "n.v.t.". Default 0.01. */
  dontKnowShare?: number;
  /** Write exactly two invalid cells: a 7 in an AKK5 column and "misschien" in another column. Default true. */
  badCells?: boolean;
  /** Share of small municipalities (< 15,000 inhabitants). Default 45/77. */
  smallShare?: number;
  /** Survey year written in JAAR. Default 2026. */
  year?: number;
}

/** A deliberately invalid cell, with zero-based row (0 = header) and column in the returned rows. */
export interface InjectedCell {
  row: number;
  column: number;
  itemId: string;
  value: CellValue;
}

export interface ExampleData {
  /** Header row plus one row per respondent. */
  rows: CellValue[][];
  /** The invalid cells written when `badCells` is on (empty otherwise). */
  badCells: InjectedCell[];
}

/** The background columns, in the order they precede the items. */
export const BACKGROUND_HEADERS = [
  "RESP_ID",
  "GEMEENTE",
  "INWONERS",
  "GROOTTE_KLASSE",
  "REGIO",
  "JAAR",
] as const;

/** Size-class threshold: fewer inhabitants than this is "klein" (as S000's "< 15k inwoners"). */
export const SMALL_MUNICIPALITY_LIMIT = 15000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/**
 * mulberry32: a tiny 32-bit PRNG written out because Math.random cannot be seeded; hand-written
 * so the rows are reproducible across Node versions and platforms, and no dependency is needed.
 * Returns a function giving uniform numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws from a uniform source (Box–Muller, the second value kept for the next call). */
function normalSource(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u = 1 - uniform(); // (0, 1]: log(0) cannot happen
    const v = uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    spare = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  };
}

/** Fisher–Yates shuffle of a copy. */
function shuffled<T>(values: readonly T[], uniform: () => number): T[] {
  const copy = [...values];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(uniform() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function pick<T>(values: readonly T[], uniform: () => number): T {
  return values[Math.floor(uniform() * values.length)];
}

/**
 * Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
 *
 * @example inverseNormalCdf(0.5) // 0
 * @example inverseNormalCdf(0.975) // 1.959963…
 */
export function inverseNormalCdf(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  const low = 0.02425;
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

// ---------------------------------------------------------------------------------------------
// Municipalities

type Province = "Antwerpen" | "Limburg" | "Oost-Vlaanderen" | "Vlaams-Brabant" | "West-Vlaanderen";

interface Municipality {
  name: string;
  inhabitants: number;
  province: Province;
}

/**
 * Real Flemish municipalities (as of the 2025 mergers) with rounded, approximate inhabitant
 * counts; the networks and their answers are invented.
 */
// prettier-ignore
const MUNICIPALITIES: Record<Province, [string, number][]> = {
  Antwerpen: [
    ["Antwerpen", 540000], ["Mechelen", 88000], ["Turnhout", 47000], ["Mol", 37500], ["Geel", 41500], ["Herentals", 29000],
    ["Lier", 37000], ["Heist-op-den-Berg", 43500], ["Brasschaat", 39000], ["Boom", 19500], ["Willebroek", 27500],
    ["Hoogstraten", 22000], ["Westerlo", 25500], ["Kapellen", 28000], ["Schoten", 34500],
    ["Arendonk", 13700], ["Baarle-Hertog", 2900], ["Retie", 12000], ["Dessel", 10100], ["Meerhout", 10700], ["Olen", 13000],
    ["Grobbendonk", 11500], ["Herenthout", 9100], ["Vorselaar", 8200], ["Berlaar", 11900], ["Hulshout", 10700],
    ["Herselt", 14700], ["Zandhoven", 13400], ["Niel", 10600], ["Schelle", 8600], ["Merksplas", 9000], ["Rijkevorsel", 12100],
  ],
  Limburg: [
    ["Hasselt", 88000], ["Genk", 67500], ["Sint-Truiden", 41500], ["Beringen", 47500], ["Lommel", 35500], ["Maasmechelen", 39000],
    ["Tongeren-Borgloon", 42500], ["Bilzen-Hoeselt", 43000], ["Houthalen-Helchteren", 31500], ["Pelt", 34000],
    ["Tessenderlo-Ham", 30500], ["Oudsbergen", 24000],
    ["Bocholt", 13400], ["Hechtel-Eksel", 12900], ["Hamont-Achel", 14600], ["Halen", 9900], ["Herk-de-Stad", 13200],
    ["Nieuwerkerken", 7300], ["Gingelom", 8700], ["Wellen", 7700], ["Alken", 11800], ["Voeren", 4100], ["Kinrooi", 12700],
    ["Zutendaal", 7500], ["Heers", 7400],
  ],
  "Oost-Vlaanderen": [
    ["Gent", 267000], ["Aalst", 90000], ["Sint-Niklaas", 81000], ["Dendermonde", 46500], ["Lokeren", 48500], ["Ninove", 40000],
    ["Geraardsbergen", 34000], ["Oudenaarde", 38000], ["Zottegem", 27000], ["Ronse", 27000], ["Eeklo", 21500], ["Deinze", 45500],
    ["Wetteren", 26500], ["Beveren-Kruibeke-Zwijndrecht", 81000], ["Lievegem", 27000], ["Temse", 30500], ["Hamme", 26000],
    ["Merelbeke-Melle", 35000], ["Aalter", 22000],
    ["Horebeke", 2100], ["Maarkedal", 6600], ["Lierde", 6800], ["Sint-Lievens-Houtem", 10600], ["Zwalm", 8300],
    ["Kluisbergen", 6800], ["Zelzate", 12900], ["Assenede", 14300], ["Kaprijke", 6600], ["Sint-Laureins", 6700],
    ["Laarne", 13000], ["Waasmunster", 10900], ["Wichelen", 11800], ["Oosterzele", 14000], ["Gavere", 13400],
  ],
  "Vlaams-Brabant": [
    ["Leuven", 103000], ["Vilvoorde", 47000], ["Halle", 41500], ["Dilbeek", 43500], ["Tienen", 35500], ["Aarschot", 30500],
    ["Diest", 24500], ["Zaventem", 35500], ["Grimbergen", 38500], ["Asse", 34000], ["Pajottegem", 33000], ["Overijse", 25500],
    ["Tervuren", 22500], ["Londerzeel", 18700], ["Sint-Pieters-Leeuw", 35500],
    ["Linter", 7400], ["Geetbets", 6200], ["Kortenaken", 8100], ["Glabbeek", 5500], ["Bekkevoort", 6300], ["Hoegaarden", 7200],
    ["Tielt-Winge", 11000], ["Holsbeek", 10300], ["Boutersem", 8300], ["Oud-Heverlee", 11400], ["Bertem", 10200],
    ["Huldenberg", 10100], ["Kapelle-op-den-Bos", 9900], ["Steenokkerzeel", 12900], ["Kampenhout", 11800], ["Roosdaal", 11900],
    ["Lennik", 9300], ["Gooik", 9300], ["Affligem", 13300], ["Begijnendijk", 10400], ["Keerbergen", 13300], ["Bierbeek", 10100],
  ],
  "West-Vlaanderen": [
    ["Brugge", 119000], ["Kortrijk", 79000], ["Oostende", 72500], ["Roeselare", 65000], ["Ieper", 35500], ["Waregem", 39500],
    ["Menen", 34500], ["Izegem", 28500], ["Knokke-Heist", 32500], ["Tielt", 31000], ["Torhout", 21000], ["Poperinge", 20000],
    ["Wevelgem", 32000], ["Harelbeke", 28500], ["Diksmuide", 17000], ["Blankenberge", 20500], ["Koksijde", 22500],
    ["Alveringem", 5100], ["Lo-Reninge", 3300], ["Vleteren", 3800], ["Heuvelland", 7900], ["Langemark-Poelkapelle", 8200],
    ["Zonnebeke", 12800], ["Staden", 11400], ["Hooglede", 10100], ["Ledegem", 9700], ["Moorslede", 11400],
    ["Lichtervelde", 8800], ["Kortemark", 12800], ["Koekelare", 8900], ["Ichtegem", 14200], ["Gistel", 12400],
    ["Oudenburg", 9500], ["Jabbeke", 14500], ["Zuienkerke", 2800], ["Damme", 11000], ["Spiere-Helkijn", 2100],
    ["Avelgem", 10200], ["Deerlijk", 12100], ["Dentergem", 8600], ["Pittem", 7000], ["Ardooie", 9500], ["Lendelede", 6000],
    ["Wielsbeke", 9600], ["Ingelmunster", 11200], ["Houthulst", 10400], ["Nieuwpoort", 11700], ["De Panne", 11100],
    ["Veurne", 12000],
  ],
};

const ALL_MUNICIPALITIES: Municipality[] = (Object.keys(MUNICIPALITIES) as Province[]).flatMap(
  (province) =>
    MUNICIPALITIES[province].map(([name, inhabitants]) => ({ name, inhabitants, province }))
);

// ---------------------------------------------------------------------------------------------
// Answer model

/** Latent per-respondent traits the items load on. */
type Trait =
  "beleid" | "inzet" | "overleg" | "fac" | "cop" | "opd" | "part" | "inb" | "exp" | "ric" | "ond";

interface ItemModel {
  /** Target share in the high band (codes 4–5; "Wel nuttig" for NUT2). */
  high: number;
  /** Target share in the low band (codes 1–2; "Niet nuttig" for NUT2). */
  low: number;
  trait: Trait;
  /** Correlation of the item's latent response with the trait (negative for reverse-keyed items). */
  loading: number;
  /** Item-level shift for large municipalities (SD units; negative = higher in small ones). */
  grootShift?: number;
}

/**
 * Target distributions from seed 002 (SPEC §1.4; high / low in %). Where the seed prints only the
 * share agreeing, the low band is a plausible guess; visie/doelstellingen role items and RIC_VIS/DOE
 * are not in the seed and are set close to the acties figures ("meest coproducent").
 */
const ITEM_MODELS: Record<string, ItemModel> = {
  VIS_01: { high: 91, low: 3, trait: "beleid", loading: 0.55 },
  VIS_02: { high: 87, low: 4, trait: "beleid", loading: 0.55 },
  VIS_03: { high: 87, low: 5, trait: "beleid", loading: 0.5 },
  VIS_04: { high: 87, low: 4, trait: "beleid", loading: 0.5 },
  DOE_01: { high: 92.2, low: 3, trait: "beleid", loading: 0.55 },
  DOE_02: { high: 93.5, low: 2, trait: "beleid", loading: 0.55 },
  DOE_03: { high: 81.9, low: 8, trait: "beleid", loading: 0.45 },
  DOE_04: { high: 75, low: 6, trait: "beleid", loading: 0.5 },
  DOE_05: { high: 90, low: 3, trait: "beleid", loading: 0.5 },
  ACT_01: { high: 89.7, low: 4, trait: "beleid", loading: 0.45 },
  ACT_02: { high: 90.9, low: 3, trait: "beleid", loading: 0.5 },
  ACT_03: { high: 37.7, low: 36, trait: "beleid", loading: -0.35 },
  ACT_04: { high: 42.9, low: 30, trait: "beleid", loading: -0.4 },
  ACT_05: { high: 80, low: 6, trait: "beleid", loading: 0.5 },
  INZ_01: { high: 81.9, low: 15.6, trait: "inzet", loading: 0.6 },
  INZ_02: { high: 79.2, low: 20.8, trait: "inzet", loading: 0.6 },
  INZ_03: { high: 72.8, low: 24.7, trait: "inzet", loading: 0.6 },
  INZ_04: { high: 57.2, low: 40.3, trait: "inzet", loading: 0.6 },
  PAR_01: { high: 65, low: 15, trait: "beleid", loading: 0.4 },
  OVL_01: { high: 79.2, low: 8, trait: "overleg", loading: 0.85 },
  OVL_02: { high: 35.1, low: 30, trait: "overleg", loading: 0.85 },
  SAM_01: { high: 20.8, low: 45, trait: "beleid", loading: 0.3 },
  ROL_VIS_FAC: { high: 27, low: 53, trait: "fac", loading: 0.8 },
  ROL_VIS_COP: { high: 78, low: 12, trait: "cop", loading: 0.8 },
  ROL_VIS_OPD: { high: 25, low: 55, trait: "opd", loading: 0.8 },
  ROL_DOE_FAC: { high: 28, low: 52, trait: "fac", loading: 0.8 },
  ROL_DOE_COP: { high: 76, low: 14, trait: "cop", loading: 0.8 },
  ROL_DOE_OPD: { high: 27, low: 53, trait: "opd", loading: 0.8 },
  ROL_ACT_FAC: { high: 29.9, low: 50.7, trait: "fac", loading: 0.8 },
  ROL_ACT_COP: { high: 74.1, low: 16.9, trait: "cop", loading: 0.8 },
  ROL_ACT_OPD: { high: 28.6, low: 52.0, trait: "opd", loading: 0.8 },
  VER_01: { high: 62, low: 25, trait: "part", loading: 0.7 },
  INB_VIS: { high: 70, low: 14, trait: "inb", loading: 0.8 },
  EXP_VIS: { high: 71, low: 13, trait: "exp", loading: 0.8 },
  RIC_VIS: { high: 50, low: 25, trait: "ric", loading: 0.8 },
  INB_DOE: { high: 68, low: 15, trait: "inb", loading: 0.8 },
  EXP_DOE: { high: 69, low: 14, trait: "exp", loading: 0.8 },
  RIC_DOE: { high: 48, low: 28, trait: "ric", loading: 0.8 },
  INB_ACT: { high: 65, low: 17, trait: "inb", loading: 0.8 },
  EXP_ACT: { high: 66.3, low: 16, trait: "exp", loading: 0.8 },
  RIC_ACT: { high: 45, low: 32.5, trait: "ric", loading: 0.8 },
  OND_01: { high: 97.4, low: 2.6, trait: "ond", loading: 0.85 },
  OND_02: { high: 89.6, low: 10.4, trait: "ond", loading: 0.85, grootShift: -0.5 },
  OND_03: { high: 88.3, low: 11.7, trait: "ond", loading: 0.85 },
  OND_04: { high: 81.8, low: 18.2, trait: "ond", loading: 0.85 },
};

/** The target shares per item (% in the high and the low band), for comparing a sample with seed 002. */
export function exampleTargets(): Record<string, { high: number; low: number }> {
  return Object.fromEntries(
    Object.entries(ITEM_MODELS).map(([id, model]) => [id, { high: model.high, low: model.low }])
  );
}

/**
 * Trait differences between large and small municipalities (SD units, large minus small), after
 * seed 002's conclusions: "Rol van facilitator meer opgenomen bij grote gemeenten/steden,
 * opdrachtgeverschap meer bij kleine"; participation "aandachtspunt, vooral in kleine gemeenten".
 */
const TRAIT_GROOT_EFFECT: Partial<Record<Trait, number>> = { fac: 0.7, opd: -0.7, part: 0.4 };

/** How each participation trait mixes the general participation trait with its own part. */
const PARTICIPATION_WEIGHT = 0.75;

/** Typed answers, as coordinators write them, per scale and code; every one is read by ingest. */
const LABEL_VARIANTS: Record<string, Record<number, string[]>> = {
  AKK5: {
    1: ["Helemaal niet akkoord", "helemaal niet akkoord", "Helemaal oneens"],
    2: ["Niet akkoord", "niet akkoord", "Niet akkoord ", "Oneens"],
    3: ["Neutraal", "neutraal", "Noch akkoord, noch niet akkoord"],
    4: ["Akkoord", "akkoord", "Akkoord", "Eens"],
    5: ["Helemaal akkoord", "helemaal akkoord", "Volledig akkoord", "Helemaal Akkoord"],
  },
  INZ5: {
    1: ["Zeer zwakke inzet", "zeer zwakke inzet"],
    2: ["Zwakke inzet", "zwakke inzet"],
    3: ["Noch zwak, noch sterk", "noch zwak noch sterk"],
    4: ["Sterke inzet", "sterke inzet"],
    5: ["Zeer sterke inzet", "zeer sterke inzet"],
  },
  NUT2: {
    0: ["Niet nuttig", "niet nuttig"],
    1: ["Wel nuttig", "Nuttig", "nuttig"],
  },
};

const DONT_KNOW_VARIANTS = ["weet niet", "Weet niet", "n.v.t.", "geen idee"];

/** Cumulative thresholds on the latent normal scale for an item's target distribution. */
function thresholdsFor(model: ItemModel, codes: readonly number[]): number[] {
  const high = model.high / 100;
  const low = model.low / 100;
  let probabilities: number[];
  if (codes.length === 2) {
    probabilities = [1 - high, high];
  } else {
    // Within the bands: somewhat more "akkoord" than "helemaal akkoord", more "niet akkoord"
    // than "helemaal niet akkoord"; near-unanimous items get relatively more "helemaal akkoord".
    const strongHigh = high >= 0.85 ? 0.45 : 0.38;
    const neutral = Math.max(0, 1 - high - low);
    probabilities = [low * 0.3, low * 0.7, neutral, high * (1 - strongHigh), high * strongHigh];
  }
  const thresholds: number[] = [];
  let cumulative = 0;
  for (let index = 0; index < probabilities.length - 1; index += 1) {
    cumulative += probabilities[index];
    thresholds.push(inverseNormalCdf(cumulative));
  }
  return thresholds;
}

interface PreparedItem {
  id: string;
  scaleId: string;
  codes: number[];
  thresholds: number[];
  model: ItemModel;
  noise: number;
}

function prepareItems(): PreparedItem[] {
  return DEMOS_ITEMS.map((row) => {
    const model = ITEM_MODELS[row.id];
    if (!model)
      throw new Error(
        `scripts/exampleData.ts: no answer model for preset item ${row.id}; add it to ITEM_MODELS`
      );
    const codes = row.scale === "NUT2" ? [0, 1] : [1, 2, 3, 4, 5];
    return {
      id: row.id,
      scaleId: row.scale,
      codes,
      thresholds: thresholdsFor(model, codes),
      model,
      noise: Math.sqrt(1 - model.loading * model.loading),
    };
  });
}

function codeFor(z: number, item: PreparedItem): number {
  let index = 0;
  while (index < item.thresholds.length && z >= item.thresholds[index]) index += 1;
  return item.codes[index];
}

/**
 * Generates header and rows plus the positions of the deliberately invalid cells.
 * See {@link generateResponses} for the rows only.
 */
export function generateExampleData(options: ExampleDataOptions): ExampleData {
  const respondents = options.respondents;
  if (!Number.isInteger(respondents) || respondents < 0)
    throw new Error(`respondents must be a non-negative integer, got ${respondents}`);
  const labelShare = options.labelShare ?? 0.15;
  const blankShare = options.blankShare ?? 0.02;
  const dontKnowShare = options.dontKnowShare ?? 0.01;
  const smallShare = options.smallShare ?? 45 / 77;
  const year = options.year ?? 2026;
  const uniform = mulberry32(options.seed);
  const normal = normalSource(uniform);
  const items = prepareItems();

  // Municipalities: the wanted number of small and large ones, each list shuffled and cycled.
  const small = shuffled(
    ALL_MUNICIPALITIES.filter((m) => m.inhabitants < SMALL_MUNICIPALITY_LIMIT),
    uniform
  );
  const large = shuffled(
    ALL_MUNICIPALITIES.filter((m) => m.inhabitants >= SMALL_MUNICIPALITY_LIMIT),
    uniform
  );
  const smallCount = Math.round(respondents * smallShare);
  const assigned: Municipality[] = [];
  for (let index = 0; index < respondents; index += 1) {
    assigned.push(
      index < smallCount ? small[index % small.length] : large[(index - smallCount) % large.length]
    );
  }
  const municipalities = shuffled(assigned, uniform);
  // Exactly round(labelShare × respondents) rows typed as labels, spread at random.
  const labelRows = new Set(
    shuffled(
      Array.from({ length: respondents }, (_, index) => index),
      uniform
    ).slice(0, Math.round(labelShare * respondents))
  );

  // Centre the size effects so the overall distribution stays on the seed figures.
  const pSmall = respondents > 0 ? smallCount / respondents : 0.5;
  const pLarge = 1 - pSmall;
  const centred = (effect: number, isLarge: boolean) =>
    isLarge ? effect * pSmall : -effect * pLarge;
  const traitScale = (effect: number) => 1 / Math.sqrt(1 + effect * effect * pSmall * pLarge);

  const header: CellValue[] = [...BACKGROUND_HEADERS, ...items.map((item) => item.id)];
  const rows: CellValue[][] = [header];
  const idWidth = Math.max(3, String(respondents).length);
  const backgroundCount = BACKGROUND_HEADERS.length;
  const ownWeight = Math.sqrt(1 - PARTICIPATION_WEIGHT * PARTICIPATION_WEIGHT);

  for (let index = 0; index < respondents; index += 1) {
    const municipality = municipalities[index];
    const isLarge = municipality.inhabitants >= SMALL_MUNICIPALITY_LIMIT;
    const trait = (name: Trait, base: number): number => {
      const effect = TRAIT_GROOT_EFFECT[name] ?? 0;
      return (base + centred(effect, isLarge)) * traitScale(effect);
    };
    const part = trait("part", normal());
    const traits: Record<Trait, number> = {
      beleid: trait("beleid", normal()),
      inzet: trait("inzet", normal()),
      overleg: trait("overleg", normal()),
      fac: trait("fac", normal()),
      cop: trait("cop", normal()),
      opd: trait("opd", normal()),
      part,
      inb: PARTICIPATION_WEIGHT * part + ownWeight * normal(),
      exp: PARTICIPATION_WEIGHT * part + ownWeight * normal(),
      ric: PARTICIPATION_WEIGHT * part + ownWeight * normal(),
      ond: trait("ond", normal()),
    };
    const asLabels = labelRows.has(index);
    const row: CellValue[] = [
      `Netwerk ${String(index + 1).padStart(idWidth, "0")}`,
      municipality.name,
      municipality.inhabitants,
      isLarge ? "groot" : "klein",
      municipality.province,
      year,
    ];
    for (const item of items) {
      const z =
        item.model.loading * traits[item.model.trait] +
        item.noise * normal() +
        centred(item.model.grootShift ?? 0, isLarge);
      const code = codeFor(z, item);
      const roll = uniform();
      if (roll < blankShare) row.push(null);
      else if (roll < blankShare + dontKnowShare) row.push(pick(DONT_KNOW_VARIANTS, uniform));
      else if (asLabels) row.push(pick(LABEL_VARIANTS[item.scaleId][code], uniform));
      else row.push(code);
    }
    rows.push(row);
  }

  const badCells: InjectedCell[] = [];
  if ((options.badCells ?? true) && respondents >= 2) {
    const agreementItems = items
      .map((item, column) => ({ item, column }))
      .filter(({ item }) => item.scaleId === "AKK5");
    const first = pick(agreementItems, uniform);
    const firstRow = 1 + Math.floor(uniform() * respondents);
    let secondRow = 1 + Math.floor(uniform() * (respondents - 1));
    if (secondRow >= firstRow) secondRow += 1;
    let secondColumn = Math.floor(uniform() * (items.length - 1));
    if (secondColumn >= first.column) secondColumn += 1;
    badCells.push({
      row: firstRow,
      column: backgroundCount + first.column,
      itemId: first.item.id,
      value: 7,
    });
    badCells.push({
      row: secondRow,
      column: backgroundCount + secondColumn,
      itemId: items[secondColumn].id,
      value: "misschien",
    });
    for (const cell of badCells) rows[cell.row][cell.column] = cell.value;
  }
  return { rows, badCells };
}

/**
 * Seeded example answers for the Dēmos preset: header row + one row per respondent.
 *
 * @example
 * const rows = generateResponses({ respondents: 77, seed: 2026 });
 * rows[0].slice(0, 7) // ["RESP_ID", "GEMEENTE", "INWONERS", "GROOTTE_KLASSE", "REGIO", "JAAR", "VIS_01"]
 * rows[1][0] // "Netwerk 001"
 */
export function generateResponses(options: ExampleDataOptions): CellValue[][] {
  return generateExampleData(options).rows;
}

/**
 * Rows as CSV text the way Belgian Excel saves "CSV (gescheiden door lijstscheidingsteken)":
 * `;` between fields, CRLF line ends, fields with the separator, quotes or line breaks quoted.
 */
export function rowsToCsv(rows: readonly (readonly CellValue[])[], delimiter = ";"): string {
  const field = (value: CellValue): string => {
    if (value === null) return "";
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    return text.includes(delimiter) ||
      text.includes('"') ||
      text.includes("\n") ||
      text.includes("\r")
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join("\r\n") + "\r\n";
}
