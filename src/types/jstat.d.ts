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
  }

  export const jStat: JStatStatic;
}
