/**
 * Jest globalSetup of the "e2e" project (jest.config.js): runs once per jest run, before the e2e
 * tests, and only when at least one of them is selected.
 *
 * 1. The production build, exactly `npm run build` (`webpack --mode production`) but written to
 *    test-artifacts/e2e/dist, so the tests never overwrite a developer's dist/ (or race a
 *    `npm run watch`). Built every run, never reused: a stale build would test old code.
 * 2. The office.js stand-in for the Excel-host test (tests/e2e/webpack.shim.config.js →
 *    test-artifacts/e2e/fake-office.js).
 * Old screenshots and downloads are removed first, so test-artifacts/e2e shows this run only.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildProduction } from "../../bench/bundle";
import { ARTIFACTS, BUILD_DIR, ROOT, SHIM_FILE } from "./harness";

export default function globalSetup(): void {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const entry of fs.readdirSync(ARTIFACTS)) {
    if (/\.(png|xlsx|json)$/.test(entry)) fs.rmSync(path.join(ARTIFACTS, entry));
  }

  const started = Date.now();
  const { buildMs } = buildProduction(BUILD_DIR, ROOT);

  const webpackBin = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const shim = spawnSync(
    process.execPath,
    [webpackBin, "--config", path.join("tests", "e2e", "webpack.shim.config.js")],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }
  );
  if (shim.status !== 0 || !fs.existsSync(SHIM_FILE))
    throw new Error(
      `e2e: building the office.js stand-in failed (exit ${shim.status}): ${shim.stdout}\n${shim.stderr}`
    );

  process.stdout.write(
    `\n[e2e] production build ${(buildMs / 1000).toFixed(1)} s, office.js stand-in ready after ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s (${path.relative(ROOT, ARTIFACTS)})\n`
  );
}
