/**
 * Response scales (src/analysis/scale.ts): the built-in scales of domain/SPEC.md §7a and
 * ARCHITECTURE §3.3, numeric ranges, bands (odd k: middle point neutral; even k: no neutral) and the
 * don't-know answers.
 */
import {
  BUILT_IN_SCALES,
  bandsFor,
  isDontKnowAnswer,
  resolveScale,
  type Scale,
} from "../../src/analysis/scale";

function mustResolve(id: string): Scale {
  const scale = resolveScale(id);
  if (!scale) throw new Error(`scale ${id} did not resolve`);
  return scale;
}

const codesOf = (scale: Scale) => scale.points.map((point) => point.code);

describe("built-in scales (SPEC §7a)", () => {
  test("exactly AKK5, INZ5, NUT2, JN and SUC5 are built in", () => {
    expect(Object.keys(BUILT_IN_SCALES).sort()).toEqual(["AKK5", "INZ5", "JN", "NUT2", "SUC5"]);
  });

  test("AKK5: 1 'Helemaal niet akkoord' … 5 'Helemaal akkoord', bands 1–2 / 3 / 4–5", () => {
    const scale = mustResolve("AKK5");
    expect(scale.id).toBe("AKK5");
    expect(scale.points.map((point) => [point.code, point.label.nl, point.label.en])).toEqual([
      [1, "Helemaal niet akkoord", "Strongly disagree"],
      [2, "Niet akkoord", "Disagree"],
      [3, "Neutraal", "Neutral"],
      [4, "Akkoord", "Agree"],
      [5, "Helemaal akkoord", "Strongly agree"],
    ]);
    expect([scale.min, scale.max]).toEqual([1, 5]);
    expect(scale.lowCodes).toEqual([1, 2]);
    expect(scale.neutralCodes).toEqual([3]);
    expect(scale.highCodes).toEqual([4, 5]);
    // Collapsed labels as printed in seed 002 Table C.
    expect(scale.lowLabel.nl).toBe("Niet akkoord");
    expect(scale.highLabel.nl).toBe("Wel akkoord");
  });

  test("INZ5: 1 'Zeer zwakke inzet' … 5 'Zeer sterke inzet', collapsed 'Zwakke inzet' / 'Sterke inzet'", () => {
    const scale = mustResolve("INZ5");
    expect(scale.points.map((point) => point.label.nl)).toEqual([
      "Zeer zwakke inzet",
      "Zwakke inzet",
      "Noch zwak, noch sterk",
      "Sterke inzet",
      "Zeer sterke inzet",
    ]);
    expect(codesOf(scale)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.lowCodes).toEqual([1, 2]);
    expect(scale.neutralCodes).toEqual([3]);
    expect(scale.highCodes).toEqual([4, 5]);
    expect(scale.lowLabel.nl).toBe("Zwakke inzet");
    expect(scale.highLabel.nl).toBe("Sterke inzet");
  });

  test("NUT2: 0 'Niet nuttig', 1 'Wel nuttig', no neutral point (Table D sums to 100)", () => {
    const scale = mustResolve("NUT2");
    expect(scale.points.map((point) => [point.code, point.label.nl])).toEqual([
      [0, "Niet nuttig"],
      [1, "Wel nuttig"],
    ]);
    expect([scale.min, scale.max]).toEqual([0, 1]);
    expect(scale.lowCodes).toEqual([0]);
    expect(scale.neutralCodes).toEqual([]);
    expect(scale.highCodes).toEqual([1]);
    expect(scale.lowLabel.nl).toBe("Niet nuttig");
    expect(scale.highLabel.nl).toBe("Wel nuttig");
  });

  test("JN: 0 'Nee', 1 'Ja', no neutral point", () => {
    const scale = mustResolve("JN");
    expect(scale.points.map((point) => [point.code, point.label.nl, point.label.en])).toEqual([
      [0, "Nee", "No"],
      [1, "Ja", "Yes"],
    ]);
    expect(scale.lowCodes).toEqual([0]);
    expect(scale.neutralCodes).toEqual([]);
    expect(scale.highCodes).toEqual([1]);
  });

  test("SUC5: five points 1–5 with 'Neutraal' in the middle (seed 001)", () => {
    const scale = mustResolve("SUC5");
    expect(codesOf(scale)).toEqual([1, 2, 3, 4, 5]);
    expect(scale.points[2].label.nl).toBe("Neutraal");
    expect(scale.points[4].label.nl).toBe("Zeer succesvol");
    expect(scale.lowCodes).toEqual([1, 2]);
    expect(scale.neutralCodes).toEqual([3]);
    expect(scale.highCodes).toEqual([4, 5]);
  });

  test("ids resolve in any case and with surrounding spaces", () => {
    expect(resolveScale("akk5")).toBe(BUILT_IN_SCALES.AKK5);
    expect(resolveScale(" Inz5 ")).toBe(BUILT_IN_SCALES.INZ5);
    expect(resolveScale("nut2")).toBe(BUILT_IN_SCALES.NUT2);
    expect(resolveScale("jn")).toBe(BUILT_IN_SCALES.JN);
    expect(resolveScale("suc5")).toBe(BUILT_IN_SCALES.SUC5);
  });

  test("every built-in scale: bands partition the points, odd k has one neutral, even k none", () => {
    for (const scale of Object.values(BUILT_IN_SCALES)) {
      const codes = codesOf(scale);
      expect([...scale.lowCodes, ...scale.neutralCodes, ...scale.highCodes]).toEqual(codes);
      expect(scale.lowCodes.length).toBe(scale.highCodes.length);
      expect(scale.neutralCodes.length).toBe(codes.length % 2);
      expect(scale.min).toBe(codes[0]);
      expect(scale.max).toBe(codes[codes.length - 1]);
    }
  });
});

describe("numeric ranges", () => {
  test('"1-6": six points, even k → low 1–3, no neutral, high 4–6', () => {
    const scale = mustResolve("1-6");
    expect(scale.id).toBe("1-6");
    expect(codesOf(scale)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([scale.min, scale.max]).toEqual([1, 6]);
    expect(scale.lowCodes).toEqual([1, 2, 3]);
    expect(scale.neutralCodes).toEqual([]);
    expect(scale.highCodes).toEqual([4, 5, 6]);
    expect(scale.lowLabel).toEqual({ nl: "Laag (1–3)", en: "Low (1–3)" });
    expect(scale.highLabel).toEqual({ nl: "Hoog (4–6)", en: "High (4–6)" });
  });

  test('"0-10": eleven points, odd k → low 0–4, neutral 5, high 6–10', () => {
    const scale = mustResolve("0-10");
    expect(scale.id).toBe("0-10");
    expect(codesOf(scale)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([scale.min, scale.max]).toEqual([0, 10]);
    expect(scale.lowCodes).toEqual([0, 1, 2, 3, 4]);
    expect(scale.neutralCodes).toEqual([5]);
    expect(scale.highCodes).toEqual([6, 7, 8, 9, 10]);
    expect(scale.neutralLabel.nl).toBe("Midden (5)");
  });

  test('"1–7" with an en dash (as Word/Excel autocorrect types it) is the range 1-7', () => {
    const scale = mustResolve("1–7");
    expect(scale.id).toBe("1-7");
    expect(codesOf(scale)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scale.lowCodes).toEqual([1, 2, 3]);
    expect(scale.neutralCodes).toEqual([4]);
    expect(scale.highCodes).toEqual([5, 6, 7]);
  });

  test('spaces around the dash are allowed: " 1 - 4 "', () => {
    expect(codesOf(mustResolve(" 1 - 4 "))).toEqual([1, 2, 3, 4]);
  });

  test('rejects reversed, empty, single-point, oversized and non-numeric ranges: "5-1", "abc", …', () => {
    expect(resolveScale("5-1")).toBeNull();
    expect(resolveScale("abc")).toBeNull();
    expect(resolveScale("3-3")).toBeNull();
    expect(resolveScale("")).toBeNull();
    expect(resolveScale("1-")).toBeNull();
    expect(resolveScale("1.5-4")).toBeNull();
    expect(resolveScale("AKK7")).toBeNull();
    // At most 101 points.
    expect(resolveScale("0-100")?.points).toHaveLength(101);
    expect(resolveScale("0-101")).toBeNull();
  });
});

describe("bandsFor", () => {
  test("lower half, middle point when k is odd, upper half", () => {
    expect(bandsFor([1, 2, 3, 4, 5])).toEqual({ low: [1, 2], neutral: [3], high: [4, 5] });
    expect(bandsFor([0, 1])).toEqual({ low: [0], neutral: [], high: [1] });
    expect(bandsFor([1, 2, 3, 4])).toEqual({ low: [1, 2], neutral: [], high: [3, 4] });
    expect(bandsFor([1, 2, 3])).toEqual({ low: [1], neutral: [2], high: [3] });
  });
});

describe("isDontKnowAnswer", () => {
  test.each([
    "weet niet",
    "Weet niet",
    "WEET NIET",
    "  weet   niet ",
    "n.v.t.",
    "N.V.T.",
    "nvt",
    "NVT",
    "geen antwoord",
    "Geen Antwoord",
    "don't know",
    "Don't know",
    "DON’T KNOW", // curly apostrophe
    "n/a",
    "N/A",
  ])("%p is don't-know", (text) => {
    expect(isDontKnowAnswer(text)).toBe(true);
  });

  test.each(["", "neutraal", "nee", "niet akkoord", "weet", "3"])(
    "%p is not don't-know",
    (text) => {
      expect(isDontKnowAnswer(text)).toBe(false);
    }
  );
});
