/** Jest projects: pure/unit code in node, React components in jsdom. */
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
    },
  ],
};
