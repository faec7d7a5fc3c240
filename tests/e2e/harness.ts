/**
 * Shared pieces of the end-to-end tests: where the build and the artifacts live, the static server,
 * Debian's Chromium through playwright-core (OFFICE-ADDIN-NOTES §0 row 8, §2.2), a browser context
 * that lets only the local server and Office's CDN through and records every request, and
 * screenshots.
 *
 * The production build and the office.js stand-in are made once per jest run by
 * tests/e2e/globalSetup.ts, into test-artifacts/e2e/ (ignored by git), so a developer's dist/ is
 * never overwritten while they work.
 */
import * as fs from "fs";
import type * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { gzipSize } from "../../bench/bundle";

export const ROOT = path.resolve(__dirname, "..", "..");
/** Screenshots, downloads, timings: everything the e2e tests leave behind (ignored by git). */
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "e2e");
/** The production build under test (`webpack --mode production --output-path` this). */
export const BUILD_DIR = path.join(ARTIFACTS, "dist");
/** The office.js stand-in for the Excel host (tests/e2e/webpack.shim.config.js). */
export const SHIM_FILE = path.join(ARTIFACTS, "fake-office.js");
export const EXAMPLE = path.join(ROOT, "examples", "coordinatoren-demos.xlsx");

/** Debian's Chromium (`apt-get install chromium`, done by .ci/run). Never `playwright install`. */
export const CHROMIUM = process.env.NETWERKMETER_CHROMIUM || "/usr/bin/chromium";

/** The only outside address the task pane may request: office.js on Office's CDN. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_CDN_HOST = "appsforoffice.microsoft.com";

/**
 * Flags known to work on the build machines (OFFICE-ADDIN-NOTES §0 row 8): headless, no sandbox
 * (containers), no GPU, and no traffic of Chromium's own (QUIC, component updates, sync, first run).
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * `describe` for tests that need Chromium. Without /usr/bin/chromium the suite fails in CI
 * (CI=true: .ci/run installs it, so a missing browser is a broken setup) and is skipped locally
 * with a message saying how to install it.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (fs.existsSync(CHROMIUM)) {
    describe(name, body);
    return;
  }
  const message =
    `Chromium not found at ${CHROMIUM}. Install Debian's package (sudo apt-get install chromium; ` +
    ".ci/run does this) or point NETWERKMETER_CHROMIUM at a Chromium binary.";
  if (process.env.CI === "true") {
    describe(name, () => {
      test("needs Chromium", () => {
        throw new Error(message);
      });
    });
  } else {
    process.stderr.write(`\n[e2e] skipped "${name}": ${message}\n`);
    describe.skip(name, body);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The static server of scripts/serve-dist.js on 127.0.0.1 and a free port. */
export async function serveBuild(
  root = BUILD_DIR
): Promise<{ origin: string; close(): Promise<void> }> {
  if (!fs.existsSync(path.join(root, "taskpane.html")))
    throw new Error(`${root} has no taskpane.html: tests/e2e/globalSetup.ts builds it`);
  // scripts/serve-dist.js is plain CommonJS (also run by `npm run serve`).
  const { serveDist } = require("../../scripts/serve-dist.js") as {
    serveDist(options: { root: string; port: number; host: string }): Promise<http.Server>;
  };
  const server = await serveDist({ root, port: 0, host: "127.0.0.1" });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export interface NetworkLog {
  /** Every request the page made, in order (http(s) URLs; data: and blob: are not requests). */
  requests: string[];
  /** Requests to anything but the local server and the office.js URL: aborted. */
  blocked: string[];
  /** Hosts other than the local server that the page asked for. */
  outsideHosts(): string[];
}

export interface TaskPane {
  context: BrowserContext;
  page: Page;
  network: NetworkLog;
  /** Uncaught exceptions and console errors of the page. */
  errors: string[];
}

export interface OpenOptions {
  origin: string;
  /** What the CDN's office.js answers: a script body, or null to fail it as offline. */
  officeJs: string | null;
  /** Set as window.__netwerkmeterFixture before any page script runs. */
  fixture?: unknown;
  viewport?: { width: number; height: number };
  /** Browser language; the preview follows it (default nl-BE, a Flemish coordinator's browser). */
  locale?: string;
}

/**
 * Opens dist's taskpane.html in a fresh browser context. Only the local server is reached; the
 * request for office.js is answered with `officeJs` (or failed), every other request is aborted and
 * recorded, so a test can assert that the task pane asks nothing of the outside world.
 */
export async function openTaskPane(browser: Browser, options: OpenOptions): Promise<TaskPane> {
  const context = await browser.newContext({
    locale: options.locale ?? "nl-BE",
    viewport: options.viewport ?? { width: 1024, height: 800 },
    acceptDownloads: true,
    serviceWorkers: "block",
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === options.origin) return route.continue();
    if (url === OFFICE_JS_URL) {
      if (options.officeJs === null) return route.abort("internetdisconnected");
      return route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: options.officeJs,
      });
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  if (options.fixture !== undefined) {
    await context.addInitScript((fixture) => {
      (window as unknown as { __netwerkmeterFixture: unknown }).__netwerkmeterFixture = fixture;
    }, options.fixture);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  const network: NetworkLog = {
    requests,
    blocked,
    outsideHosts: () =>
      [
        ...new Set(
          requests
            .filter((url) => /^https?:/i.test(url) && new URL(url).origin !== options.origin)
            .map((url) => new URL(url).host)
        ),
      ].sort(),
  };
  return { context, page, network, errors };
}

/** A full-page screenshot in test-artifacts/e2e/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The .js files of the build that the page fetched so far, with their gzipped sizes. */
export function scriptsLoaded(
  network: NetworkLog,
  origin: string
): { files: string[]; gzipBytes: number } {
  const files = [
    ...new Set(
      network.requests
        .filter((url) => url.startsWith(`${origin}/`) && /\.js(\?|$)/.test(url))
        .map((url) => decodeURIComponent(new URL(url).pathname.slice(1)))
    ),
  ];
  const gzipBytes = files.reduce(
    (sum, file) => sum + gzipSize(fs.readFileSync(path.join(BUILD_DIR, file))),
    0
  );
  return { files, gzipBytes };
}

/**
 * Step timings (and other facts: sync counts, scripts loaded) of a test, written to
 * test-artifacts/e2e/<name>-timings.json for the record.
 */
export class Timings {
  private readonly started = Date.now();
  private last = this.started;
  readonly steps: Record<string, number> = {};
  readonly facts: Record<string, unknown> = {};

  mark(step: string): void {
    const now = Date.now();
    this.steps[step] = now - this.last;
    this.last = now;
  }

  record(name: string, value: unknown): void {
    this.facts[name] = value;
  }

  write(name: string): void {
    const record = { totalMs: Date.now() - this.started, stepsMs: this.steps, facts: this.facts };
    fs.writeFileSync(
      path.join(ARTIFACTS, `${name}-timings.json`),
      `${JSON.stringify(record, null, 2)}\n`
    );
  }
}
