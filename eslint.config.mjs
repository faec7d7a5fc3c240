/**
 * ESLint flat config, picked up by `office-addin-lint check|fix` (npm run lint / lint:fix), which
 * lints src/**\/*.{ts,tsx,js,jsx}. Base: eslint-plugin-office-addins' React config (ESLint
 * recommended, Office.js load/sync rules, react, prettier with office-addin-prettier-config).
 */
import { builtinModules, createRequire } from "node:module";
import officeAddins from "eslint-plugin-office-addins";

// The plugin's configs name no parser (its `languageOptions.parser` ends up undefined, which is why
// office-addin-lint's bundled config adds one), so add @typescript-eslint/parser ourselves, loaded
// from where the plugin itself resolves it rather than relying on npm's hoisting.
const requireFromPlugin = createRequire(
  createRequire(import.meta.url).resolve("eslint-plugin-office-addins")
);
const tsParser = requireFromPlugin("@typescript-eslint/parser");

const TS_FILES_IN_PLUGIN = "**/*.{js,mjs,cjs,ts,cts,mts}";
const ALL_SOURCE_FILES = "**/*.{js,jsx,mjs,cjs,ts,tsx,cts,mts}";

// The plugin's TypeScript block only matches .ts/.js files; widen it so .tsx (and .jsx) files get
// the parser and the Office.js rules too.
const officeAddinsReact = officeAddins.configs.react.map((block) =>
  Array.isArray(block.files) && block.files.includes(TS_FILES_IN_PLUGIN)
    ? {
        ...block,
        files: [ALL_SOURCE_FILES],
        languageOptions: { ...block.languageOptions, parser: tsParser },
      }
    : block
);

const reactPlugin = officeAddinsReact.find((block) => block.plugins && block.plugins.react).plugins
  .react;

/** What the pure engine (src/analysis, src/presets) must never import. */
const ENGINE_FORBIDDEN_MODULES = [
  "react",
  "react-dom",
  "exceljs",
  "office-js",
  "@microsoft/office-js",
  "papaparse",
  "commander",
  ...builtinModules,
];
const ENGINE_MESSAGE =
  "src/analysis, src/presets and the template spec (src/template/{layout,templateSpec,templateTexts}.ts) " +
  "are the pure engine: no UI, Office, ExcelJS, CLI or Node APIs " +
  "(docs: ARCHITECTURE.md §1). Pass data in from the adapters instead.";

export default [
  {
    ignores: ["dist/", "lib/", "node_modules/", "coverage/"],
  },
  ...officeAddinsReact,
  {
    files: [ALL_SOURCE_FILES],
    rules: {
      // JSX uses the automatic runtime (tsconfig "jsx": "react-jsx"): no `import React` needed.
      ...reactPlugin.configs["jsx-runtime"].rules,
      // Props are typed by TypeScript.
      "react/prop-types": "off",
      // Same convention as TypeScript's noUnusedParameters: a leading underscore marks a name that
      // is unused on purpose (callback parameters, destructured leftovers).
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx,cts,mts}"],
    rules: {
      // TypeScript (npm run typecheck) already reports undefined names, and knows the browser and
      // Office.js globals that this rule would need declaring by hand.
      "no-undef": "off",
    },
  },
  {
    files: [
      "src/analysis/**",
      "src/indicators/**",
      "src/presets/**",
      "src/template/layout.ts",
      "src/template/templateSpec.ts",
      "src/template/templateTexts.ts",
      "src/template/monitoringTemplate.ts",
      "src/template/validationRuns.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ENGINE_FORBIDDEN_MODULES.map((name) => ({ name, message: ENGINE_MESSAGE })),
          patterns: [
            {
              group: [
                "@fluentui/*",
                "node:*",
                "react/*",
                "react-dom/*",
                "exceljs/*",
                "papaparse/*",
                "commander/*",
                "@microsoft/office-js/*",
              ],
              message: ENGINE_MESSAGE,
            },
          ],
        },
      ],
    },
  },
];
