/* global module */
/**
 * Jest projects: pure/unit code in node, React components in jsdom, and the end-to-end tests
 * (tests/e2e: the production build in Debian's Chromium through playwright-core). The e2e project
 * builds once per run in its globalSetup (only when one of its tests is selected) and gives each
 * test two minutes (tests/e2e/setup.ts). Run it alone with `npx jest --selectProjects e2e`.
 */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: { warnOnly: false } }];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["<rootDir>/tests/{unit,integration}/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "components",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/tests"],
      testMatch: ["<rootDir>/tests/components/**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      setupFilesAfterEnv: ["<rootDir>/tests/components/setup.ts"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      globalSetup: "<rootDir>/tests/e2e/globalSetup.ts",
      setupFilesAfterEnv: ["<rootDir>/tests/e2e/setup.ts"],
      // Flags a slow e2e test only past a minute (the default is 5 s).
      slowTestThreshold: 60,
    },
  ],
};
