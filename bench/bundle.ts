/**
 * Benchmark section "bundle" (registered in bench/run.ts EXTRA_SECTIONS): how much JavaScript the
 * task pane loads before it can show anything. The production build (`webpack --mode production`,
 * the same as `npm run build`) is made into the bench's temporary folder, then measured:
 * - firstLoad: the scripts that dist/taskpane.html itself loads (its local <script src> tags;
 *   office.js comes from Office's CDN and is not ours), raw and gzipped;
 * - files: every .js file of the build (the lazily loaded chunks: Excel host, preview host, ExcelJS,
 *   consolidation, …), raw and gzipped, largest first.
 * Target: firstLoad at most 350 KiB gzipped. Gzip uses zlib's default level (6), what web servers
 * typically send. tests/e2e/build.test.ts asserts the same target on the build it tests.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import * as zlib from "zlib";
import type { BenchSection, Check } from "./run";

export const MAX_FIRST_LOAD_GZIP_KIB = 350;

export interface FileSize {
  /** Path relative to the build folder, forward slashes. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleMeasure {
  firstLoad: {
    page: string;
    scripts: FileSize[];
    bytes: number;
    gzipBytes: number;
    gzipKiB: number;
  };
  files: FileSize[];
  totalJsBytes: number;
  totalJsGzipBytes: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Gzipped size of some bytes (zlib default level). */
export function gzipSize(bytes: Uint8Array): number {
  return zlib.gzipSync(bytes).length;
}

/**
 * The `src` of every <script> element in an HTML page, in document order. Handles the minified
 * attribute forms html-webpack-plugin writes (`src=taskpane.js`, `src="…"`, `src='…'`).
 */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const match = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag[0]);
    if (match) sources.push(match[1] ?? match[2] ?? match[3]);
  }
  return sources;
}

/** True for a URL that leaves the page's own origin: http(s)://… or protocol-relative //…. */
export function isExternalUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
}

function sizeOf(distDir: string, file: string): FileSize {
  const bytes = fs.readFileSync(path.join(distDir, file));
  return { file: file.split(path.sep).join("/"), bytes: bytes.length, gzipBytes: gzipSize(bytes) };
}

function listJs(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return listJs(path.join(dir, entry.name), relative);
    return entry.name.endsWith(".js") ? [relative] : [];
  });
}

/** Measures a production build folder (dist/ or a copy built elsewhere). */
export function measureBundle(distDir: string, page = "taskpane.html"): BundleMeasure {
  const html = fs.readFileSync(path.join(distDir, page), "utf8");
  const scripts = scriptSources(html)
    .filter((source) => !isExternalUrl(source))
    .map((source) => sizeOf(distDir, decodeURIComponent(source.split(/[?#]/)[0])));
  const files = listJs(distDir)
    .map((file) => sizeOf(distDir, file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const gzipBytes = scripts.reduce((sum, entry) => sum + entry.gzipBytes, 0);
  return {
    firstLoad: {
      page,
      scripts,
      bytes: scripts.reduce((sum, entry) => sum + entry.bytes, 0),
      gzipBytes,
      gzipKiB: round1(gzipBytes / 1024),
    },
    files,
    totalJsBytes: files.reduce((sum, entry) => sum + entry.bytes, 0),
    totalJsGzipBytes: files.reduce((sum, entry) => sum + entry.gzipBytes, 0),
  };
}

/** The repository root: the nearest folder up from here with webpack.config.js (bench/ or lib/bench/). */
export function repoRoot(start = __dirname): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "webpack.config.js"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no webpack.config.js above ${start}`);
    dir = parent;
  }
  return dir;
}

/**
 * `webpack --mode production --output-path <outDir>` (npm run build, into another folder), with
 * the repository's own webpack. Returns the build time; throws with webpack's output on failure.
 */
export function buildProduction(outDir: string, root = repoRoot()): { buildMs: number } {
  const started = performance.now();
  const webpackBin = require.resolve("webpack/bin/webpack.js", { paths: [root] });
  const child = spawnSync(
    process.execPath,
    [webpackBin, "--mode", "production", "--output-path", outDir],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }
  );
  if (child.status !== 0)
    throw new Error(
      `webpack --mode production failed (exit ${child.status}): ${child.stdout}\n${child.stderr || child.error?.message || ""}`
    );
  return { buildMs: Math.round(performance.now() - started) };
}

export const bundleSection: BenchSection = {
  id: "bundle",
  title: "task-pane bundle size (production build, gzipped)",
  run(context) {
    const outDir = path.join(context.tempDir, "dist");
    const { buildMs } = buildProduction(outDir);
    const measure = measureBundle(outDir);
    const actual = measure.firstLoad.gzipKiB;
    const checks: Record<string, Check> = {
      first_load_gzip_kib_max: {
        limit: MAX_FIRST_LOAD_GZIP_KIB,
        actual,
        ok: actual <= MAX_FIRST_LOAD_GZIP_KIB,
      },
    };
    return {
      data: { buildMs, ...measure },
      targets: { first_load_gzip_kib_max: MAX_FIRST_LOAD_GZIP_KIB },
      checks,
    };
  },
};
