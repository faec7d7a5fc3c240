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

  interface JStatStatic {
    chisquare: JStatChiSquare;
  }

  export const jStat: JStatStatic;
}
