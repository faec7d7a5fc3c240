/* eslint-disable no-undef */
/**
 * Builds the add-in into dist/: taskpane.html + taskpane.js, commands.html + commands.js,
 * assets/*.png, assets/coordinatoren-demos.xlsx (the browser preview's example) and manifest.xml.
 * Shape follows the Office "yo office" React template, without Babel (ts-loader compiles TS/TSX;
 * type checking is `npm run typecheck`).
 *
 * `webpack --mode production|development` needs no certificates and no network. Only
 * `webpack serve` (npm run dev-server, used by office-addin-debugging on Windows/Mac) loads
 * office-addin-dev-certs, lazily, because installing the dev CA needs sudo on Linux.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Where the add-in is served during development: every URL in manifest.xml starts with this. */
const urlDev = "https://localhost:3000/";
/**
 * Where the production build is hosted, when the build is not told: a placeholder. Set the real one
 * at build time (docs/deploy.md): `npm run build -- --env url=https://netwerkmeter.demos.be/`
 * (or the environment variable NETWERKMETER_URL). A path is allowed (https://host/netwerkmeter/).
 */
const urlProd = "https://netwerkmeter.example.org/";

/**
 * The production URL for this build: `--env url=…`, else NETWERKMETER_URL, else urlProd; always
 * https (Office loads add-ins only over HTTPS) and ending in "/".
 *
 * @example productionUrl({ url: "https://demos.be/netwerkmeter" }) // "https://demos.be/netwerkmeter/"
 */
function productionUrl(env = {}) {
  const given = env.url || process.env.NETWERKMETER_URL || urlProd;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`--env url=${given}: not a URL (e.g. https://netwerkmeter.demos.be/)`);
  }
  if (url.protocol !== "https:")
    throw new Error(`--env url=${given}: the add-in must be served over https://`);
  if (url.search || url.hash)
    throw new Error(`--env url=${given}: no query or fragment, only https://host/path/`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites the development origin in manifest text to the production URL. Handles URLs
 * (https://localhost:3000/taskpane.html → https://host/path/taskpane.html) and bare origins
 * (<AppDomain>https://localhost:3000</AppDomain> → the production origin).
 */
function rewriteUrls(text, url = urlProd) {
  const from = new URL(urlDev).origin;
  const target = productionUrl({ url });
  return text.split(`${from}/`).join(target).split(from).join(new URL(target).origin);
}

async function getHttpsOptions() {
  // Required here, not at the top: builds must not need dev certificates (see header).
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const url = productionUrl(env);
  if (!dev && url === urlProd)
    console.warn(
      `netwerkmeter: manifest.xml points at the placeholder ${urlProd}; build with --env url=https://… (docs/deploy.md).`
    );
  const serving = Boolean(env.WEBPACK_SERVE) && !env.WEBPACK_BUILD;

  const config = {
    // Source maps for development builds only: production dist/ stays small and carries no
    // third-party source (and the URLs in its comments).
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Allows `import "./x.js"` to resolve to x.ts (ESM-style specifiers in TS sources).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg|woff2?|ttf|eot)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          // The browser preview's "Probeer met het voorbeeld" fetches this (EXAMPLE_URL in
          // src/taskpane/useNetwerkmeter.ts).
          { from: "examples/coordinatoren-demos.xlsx", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteUrls(content.toString(), url);
            },
          },
        ],
      }),
    ],
    performance: {
      // React + Fluent UI v9 in one task-pane bundle is ~210 KB minified today and will grow with
      // the real task pane; webpack's default 244 KB warning would fire soon, so warn at 1 MB.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
  };

  if (serving) {
    config.devServer = {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await getHttpsOptions() },
      port: devServerPort,
    };
  }

  return config;
};

module.exports.urlDev = urlDev;
module.exports.urlProd = urlProd;
module.exports.rewriteUrls = rewriteUrls;
module.exports.productionUrl = productionUrl;
