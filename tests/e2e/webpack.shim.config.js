/* eslint-disable no-undef */
/**
 * Bundles the browser stand-in for office.js (tests/e2e/fakeOffice.entry.ts + the fake Excel object
 * model in tests/fakes/fakeExcel.ts) into one classic script, test-artifacts/e2e/fake-office.js.
 * The end-to-end test serves it in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *
 *   npx webpack --config tests/e2e/webpack.shim.config.js
 *
 * Development mode, no eval and no source map: a plain, readable script that runs wherever the
 * office.js <script> tag stands (before the task pane's own bundle).
 */
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  context: ROOT,
  entry: { "fake-office": "./tests/e2e/fakeOffice.entry.ts" },
  output: {
    path: path.join(ROOT, "test-artifacts", "e2e"),
    filename: "[name].js",
    // One file, nothing else in the folder is touched (screenshots live there too).
    clean: false,
  },
  resolve: {
    extensions: [".ts", ".js"],
    extensionAlias: { ".js": [".ts", ".js"] },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true },
        },
      },
    ],
  },
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
};
