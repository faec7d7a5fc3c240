/**
 * Minimal types for jstat 1.9.6 (it ships none). Only what this project uses is declared.
 * The package is CommonJS/UMD: `module.exports = jStat` with `jStat.jStat = jStat`, so the named
 * import `import { jStat } from "jstat"` works under ts-jest (CommonJS) and webpack (ESM interop).
 */
declare module "jstat" {
  interface JStatChiSquare {
    /** Cumulative distribution function of the chi-square distribution with `dof` degrees of freedom. */
    cdf(x: number, dof: number): number;
  }

  interface JStatNormal {
    /** Cumulative distribution function of the normal distribution with this mean and SD. */
    cdf(x: number, mean: number, sd: number): number;
  }

  interface JStatStatic {
    chisquare: JStatChiSquare;
    normal: JStatNormal;
    /**
     * Sample quantiles of `data` at the probabilities `ps`; with alphap = betap = 1 this is R's
     * `quantile(x, ps, type = 7)` (linear interpolation between order statistics).
     */
    quantiles(data: number[], ps: number[], alphap?: number, betap?: number): number[];
  }

  export const jStat: JStatStatic;
}
