/** Built-in codebooks, by preset name (`preset:NAME` on the command line). */
import type { Codebook } from "../analysis/codebook";
import { DEMOS_PRESET_ID, demosCoordinatorenCodebook } from "./demosCoordinatoren";

export const PRESETS: Readonly<Record<string, () => Codebook>> = {
  [DEMOS_PRESET_ID]: demosCoordinatorenCodebook,
};

/** Looks a preset up by name ("demos-coordinatoren" or "preset:demos-coordinatoren"); null if unknown. */
export function findPreset(name: string): Codebook | null {
  const key = name
    .trim()
    .replace(/^preset:/i, "")
    .toLowerCase();
  const make = PRESETS[key];
  return make ? make() : null;
}
