/**
 * Runs the command line in process, as the tests of every command do: the arguments after
 * `netwerkmeter`, with stdout and stderr captured, the exit code, and the wall time (for the
 * hang guards; speed itself is measured by `npm run bench`).
 *
 * @example const { code, err } = await runCli("analyze", "in.xlsx", "--out", "in.xlsx"); // 2, "netwerkmeter: …"
 */
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
  ms: number;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const started = Date.now();
  const code = await main(argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
  });
  return { code, out, err, ms: Date.now() - started };
}
