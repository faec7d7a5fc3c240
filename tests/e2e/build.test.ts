/**
 * The production build (`webpack --mode production`, as `npm run build`; made by globalSetup into
 * test-artifacts/e2e/dist): the pages and the manifest are there, nothing in it points the browser
 * at a host other than Office's CDN, and the first load stays small.
 *
 * "Points the browser at a host" means what a browser would request: src/href attributes in the
 * HTML, and in the JavaScript the targets of fetch(), import(), importScripts(), workers, sockets,
 * sendBeacon, XMLHttpRequest.open, src/href assignments, CSS url() and webpack's public path. Other
 * absolute URLs in the bundles are data, not requests, and are fine: XML namespace URIs
 * (http://www.w3.org/2000/svg in React DOM, http://schemas.openxmlformats.org/… in ExcelJS) and
 * links in library error messages. The browser tests (preview.test.ts, excelHost.test.ts) check
 * the same thing at run time by recording every request.
 */
import * as fs from "fs";
import * as path from "path";
import { MAX_FIRST_LOAD_GZIP_KIB, isExternalUrl, measureBundle } from "../../bench/bundle";
import { ARTIFACTS, BUILD_DIR, EXAMPLE, OFFICE_CDN_HOST, OFFICE_JS_URL } from "./harness";

/** Every src/href attribute value in an HTML page (quoted or, as minified, unquoted). */
function linkAttributes(html: string): string[] {
  const values: string[] = [];
  for (const match of html.matchAll(/\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi))
    values.push(match[1] ?? match[2] ?? match[3]);
  return values;
}

/** A string literal that starts with an absolute or protocol-relative URL. */
const REMOTE = String.raw`\s*(["'\x60])((?:https?|wss?):)?\/\/`;

/** Code that makes the browser request its (literal) argument. */
const REQUEST_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:fetch|import|importScripts|sendBeacon)\s*\(` + REMOTE, "g"),
  new RegExp(String.raw`\bnew\s+(?:Worker|SharedWorker|WebSocket|EventSource)\s*\(` + REMOTE, "g"),
  new RegExp(String.raw`\.open\s*\(\s*["'\x60][A-Za-z]+["'\x60]\s*,` + REMOTE, "g"),
  // element.src = "…", link.href = "…", and webpack's public path (__webpack_require__.p = "…").
  new RegExp(String.raw`\.(?:src|href|p)\s*=` + REMOTE, "g"),
  new RegExp(String.raw`url\(\s*["']?((?:https?):)?\/\/`, "g"),
  new RegExp(String.raw`@import\s+` + REMOTE, "g"),
];

/** The places in some JavaScript that request a remote URL, with a little context each. */
function remoteRequestTargets(code: string): string[] {
  return REQUEST_PATTERNS.flatMap((pattern) =>
    [...code.matchAll(pattern)].map((match) =>
      code.slice(Math.max(0, match.index - 40), match.index + match[0].length + 60)
    )
  );
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name)).map((file) => path.join(entry.name, file))
        : [entry.name]
    );
}

describe("production build", () => {
  const files = filesUnder(BUILD_DIR);

  test("has the task pane, the commands page, the manifest and the preview's example", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "taskpane.js",
        "commands.html",
        "commands.js",
        "manifest.xml",
        path.join("assets", "icon-32.png"),
        path.join("assets", "coordinatoren-demos.xlsx"),
      ])
    );
    expect(fs.readFileSync(path.join(BUILD_DIR, "assets", "coordinatoren-demos.xlsx"))).toEqual(
      fs.readFileSync(EXAMPLE)
    );
    // No source maps in production (devtool false in webpack.config.js).
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    const manifest = fs.readFileSync(path.join(BUILD_DIR, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("https://localhost:3000");
  });

  test("the pages load office.js from Office's CDN first and nothing else from outside", () => {
    const pages = files.filter((file) => file.endsWith(".html"));
    expect(pages.sort()).toEqual(["commands.html", "taskpane.html"]);
    for (const page of pages) {
      const html = fs.readFileSync(path.join(BUILD_DIR, page), "utf8");
      const links = linkAttributes(html);
      const external = links.filter(isExternalUrl);
      expect({ page, external }).toEqual({ page, external: [OFFICE_JS_URL] });
      expect(new URL(external[0]).host).toBe(OFFICE_CDN_HOST);
      // office.js comes before the bundle that calls Office.onReady.
      expect({ page, first: links[0] }).toEqual({ page, first: OFFICE_JS_URL });
      expect(links.slice(1).every((link) => !isExternalUrl(link))).toBe(true);
    }
  });

  test("the request-target scan finds what it should", () => {
    // Guards the patterns below against silently matching nothing.
    expect(remoteRequestTargets('fetch("https://evil.example/x")')).toHaveLength(1);
    expect(remoteRequestTargets("import('//cdn.example/m.js')")).toHaveLength(1);
    expect(remoteRequestTargets('s.src="https://cdn.example/a.js"')).toHaveLength(1);
    expect(remoteRequestTargets('r.p="https://cdn.example/"')).toHaveLength(1);
    expect(remoteRequestTargets('x.open("GET","https://api.example/")')).toHaveLength(1);
    expect(remoteRequestTargets('new WebSocket("wss://x.example")')).toHaveLength(1);
    expect(remoteRequestTargets("a{background:url(https://x.example/i.png)}")).toHaveLength(1);
    // Data, not requests: namespaces and local targets.
    expect(
      remoteRequestTargets(
        'createElementNS("http://www.w3.org/2000/svg","svg");fetch(za);fetch("assets/x.xlsx")'
      )
    ).toEqual([]);
  });

  test("no script, style or chunk requests a remote URL", () => {
    const code = files.filter((file) => /\.(js|css|html)$/.test(file));
    expect(code.length).toBeGreaterThan(3);
    const found = code.flatMap((file) =>
      remoteRequestTargets(fs.readFileSync(path.join(BUILD_DIR, file), "utf8")).map(
        (context) => `${file}: …${context}…`
      )
    );
    expect(found).toEqual([]);
  });

  test(`the first load of taskpane.html is under ${MAX_FIRST_LOAD_GZIP_KIB} KiB of gzipped JavaScript`, () => {
    const measure = measureBundle(BUILD_DIR);
    fs.writeFileSync(path.join(ARTIFACTS, "bundle.json"), `${JSON.stringify(measure, null, 2)}\n`);
    expect(measure.firstLoad.scripts.map((script) => script.file)).toEqual(["taskpane.js"]);
    expect(measure.firstLoad.gzipKiB).toBeGreaterThan(10);
    expect(measure.firstLoad.gzipKiB).toBeLessThan(MAX_FIRST_LOAD_GZIP_KIB);
    // ExcelJS is a lazy chunk of its own, never part of the first load.
    expect(measure.files.map((file) => file.file)).toContain("exceljs.js");
  });
});
