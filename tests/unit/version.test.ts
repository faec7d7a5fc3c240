import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TOOL_VERSION } from "../../src/analysis/version";

test("the version in reports is the package version", () => {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
  expect(TOOL_VERSION).toBe(pkg.version);
});
