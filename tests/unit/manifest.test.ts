/**
 * Offline checks of manifest.xml. `npm run validate` (office-addin-manifest) posts XML manifests to
 * an online Microsoft service, so CI runs these instead (OFFICE-ADDIN-NOTES §0 row 5, §1.7).
 * Limits follow the add-in manifest schema: ShortString 125 characters, LongString 250,
 * resource ids 32.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import type { Document, Element } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000/";

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> in the schema (optional ones included). */
const SCHEMA_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];
/** The ones this add-in must have. */
const REQUIRED = SCHEMA_ORDER.filter((name) => !["AlternateId", "Dictionary"].includes(name));

function parse(xml: string): { doc: Document; problems: string[] } {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(xml, "text/xml");
  } catch (error) {
    problems.push(String(error));
    doc = new DOMParser().parseFromString("<empty/>", "text/xml");
  }
  return { doc, problems };
}

function childElements(element: Element): Element[] {
  const result: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) result.push(node as Element);
  }
  return result;
}

function child(element: Element, localName: string): Element {
  const found = childElements(element).filter((el) => el.localName === localName);
  if (found.length !== 1) {
    throw new Error(`<${element.tagName}> needs exactly one <${localName}>, found ${found.length}`);
  }
  return found[0];
}

function descendants(element: Element | Document, localName: string, ns?: string): Element[] {
  return Array.from(element.getElementsByTagNameNS(ns ?? "*", localName));
}

function allElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName("*"));
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** Every URL-like attribute value or text in the document (namespace declarations excluded). */
function urlsIn(doc: Document): string[] {
  const urls: string[] = [];
  for (const element of allElements(doc)) {
    for (const attr of Array.from(element.attributes)) {
      if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value.trim())) urls.push(attr.value.trim());
    }
    if (childElements(element).length === 0) {
      const text = (element.textContent ?? "").trim();
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push(text);
    }
  }
  return urls;
}

/** Reads the width and height from a PNG's IHDR chunk; null when it isn't a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const data = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature)) return null;
  if (data.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
const { doc, problems } = parse(xml);
const root = doc.documentElement as Element;

/** <Resources> inside <VersionOverrides> (looked up lazily so a parse error reports clearly). */
function resources(): Element {
  return child(child(root, "VersionOverrides"), "Resources");
}

const RESOURCE_TAG = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "String",
  LongStrings: "String",
};
type ResourceKind = keyof typeof RESOURCE_TAG;

function resourceElements(kind: ResourceKind): Element[] {
  return descendants(child(resources(), kind), RESOURCE_TAG[kind], NS.bt);
}

function resourceIds(kind: ResourceKind): string[] {
  return resourceElements(kind).map((el) => el.getAttribute("id") ?? "");
}

/** Resolves a resid in the given resource kind to its DefaultValue. */
function resource(kind: ResourceKind, id: string): string {
  const found = resourceElements(kind).find((el) => el.getAttribute("id") === id);
  if (!found) throw new Error(`no bt:${RESOURCE_TAG[kind]} with id "${id}" in <${kind}>`);
  return found.getAttribute("DefaultValue") ?? "";
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(problems).toEqual([]);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.officeApp);
  });

  test("is a task-pane add-in", () => {
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  test("has a GUID Id and a four-part Version", () => {
    expect(child(root, "Id").textContent?.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    const version = child(root, "Version").textContent?.trim() ?? "";
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    for (const part of version.split(".")) expect(Number(part)).toBeLessThanOrEqual(65535);
  });

  test("has its top-level elements, in schema order", () => {
    const names = childElements(root).map((el) => el.localName ?? "");
    for (const name of REQUIRED) expect(names).toContain(name);
    const unknown = names.filter((name) => !SCHEMA_ORDER.includes(name));
    expect(unknown).toEqual([]);
    const positions = names.map((name) => SCHEMA_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  test("describes Netwerkmeter in Dutch by default, with an en-US override", () => {
    expect(child(root, "ProviderName").textContent?.trim()).toBe("Netwerkmeter");
    expect(child(root, "DefaultLocale").textContent?.trim()).toBe("nl-NL");
    expect(child(root, "DisplayName").getAttribute("DefaultValue")).toBe("Netwerkmeter");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = descendants(child(root, name), "Override", NS.officeApp);
      expect(overrides.map((el) => el.getAttribute("Locale"))).toEqual(["en-US"]);
    }
    expect(child(root, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  test("targets exactly one host: Workbook (Excel)", () => {
    const hosts = childElements(child(root, "Hosts"));
    expect(hosts.map((el) => [el.localName, el.getAttribute("Name")])).toEqual([
      ["Host", "Workbook"],
    ]);
    const overrideHosts = childElements(child(child(root, "VersionOverrides"), "Hosts"));
    expect(overrideHosts.map((el) => [el.localName, xsiType(el)])).toEqual([["Host", "Workbook"]]);
  });

  test("requires ExcelApi 1.7", () => {
    const sets = child(child(root, "Requirements"), "Sets");
    const excelApi = childElements(sets).filter((el) => el.getAttribute("Name") === "ExcelApi");
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0].getAttribute("MinVersion")).toBe("1.7");
  });

  test("opens the task pane from a Home-tab button", () => {
    const overrides = child(root, "VersionOverrides");
    expect(overrides.namespaceURI).toBe(NS.overrides);
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    expect(childElements(overrides).map((el) => el.localName)).toEqual(["Hosts", "Resources"]);

    const desktop = child(child(child(overrides, "Hosts"), "Host"), "DesktopFormFactor");
    const order = childElements(desktop).map((el) => el.localName);
    expect(order).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(resource("Urls", child(desktop, "FunctionFile").getAttribute("resid") ?? "")).toBe(
      `${DEV_ORIGIN}commands.html`
    );

    const extensionPoint = child(desktop, "ExtensionPoint");
    expect(xsiType(extensionPoint)).toBe("PrimaryCommandSurface");
    const tab = child(extensionPoint, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = child(tab, "Group");
    expect(resource("ShortStrings", child(group, "Label").getAttribute("resid") ?? "")).toBe(
      "Netwerkmeter"
    );
    const controls = descendants(group, "Control", NS.overrides);
    expect(controls).toHaveLength(1);
    expect(xsiType(controls[0])).toBe("Button");
    const action = child(controls[0], "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    const taskpaneUrl = resource(
      "Urls",
      child(action, "SourceLocation").getAttribute("resid") ?? ""
    );
    const sourceLocation = child(child(root, "DefaultSettings"), "SourceLocation");
    expect(taskpaneUrl).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(sourceLocation.getAttribute("DefaultValue")).toBe(taskpaneUrl);

    const ids = descendants(overrides, "*")
      .filter((el) => el.namespaceURI === NS.overrides && el.hasAttribute("id"))
      .map((el) => el.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const expectedKind = (element: Element): ResourceKind => {
      const name = element.localName ?? "";
      if (name === "Image") return "Images";
      if (["FunctionFile", "SourceLocation", "LearnMoreUrl"].includes(name)) return "Urls";
      if (["Label", "Title"].includes(name)) return "ShortStrings";
      if (name === "Description") return "LongStrings";
      throw new Error(`unexpected resid on <${element.tagName}>`);
    };
    const withResid = allElements(doc).filter((el) => el.hasAttribute("resid"));
    expect(withResid.length).toBeGreaterThan(0);
    const unresolved = withResid
      .map((el) => ({ el, kind: expectedKind(el), id: el.getAttribute("resid") ?? "" }))
      .filter(({ kind, id }) => !resourceIds(kind).includes(id))
      .map(({ el, kind, id }) => `<${el.tagName} resid="${id}"> (expected in ${kind})`);
    expect(unresolved).toEqual([]);
  });

  test("resource ids are unique and at most 32 characters", () => {
    const kinds = Object.keys(RESOURCE_TAG) as ResourceKind[];
    const ids = kinds.flatMap(resourceIds);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^\S{1,32}$/);
    }
  });

  test("strings fit their limits (ShortStrings 125, LongStrings 250), overrides included", () => {
    const check = (kind: "ShortStrings" | "LongStrings", limit: number) => {
      for (const el of resourceElements(kind)) {
        const values = [
          el.getAttribute("DefaultValue") ?? "",
          ...descendants(el, "Override", NS.bt).map((o) => o.getAttribute("Value") ?? ""),
        ];
        for (const value of values) {
          expect(value.trim().length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(limit);
        }
      }
    };
    check("ShortStrings", 125);
    check("LongStrings", 250);
    for (const [name, limit] of [
      ["DisplayName", 125],
      ["Description", 250],
    ] as const) {
      const el = child(root, name);
      const values = [
        el.getAttribute("DefaultValue") ?? "",
        ...descendants(el, "Override", NS.officeApp).map((o) => o.getAttribute("Value") ?? ""),
      ];
      for (const value of values) expect(value.length).toBeLessThanOrEqual(limit);
    }
  });

  test("every URL is https and on the development origin (rewritten for production)", () => {
    const urls = urlsIn(doc);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
    const devOrigin = new URL(DEV_ORIGIN).origin;
    expect(urls.filter((url) => !url.startsWith(devOrigin))).toEqual([]);
  });

  test("the production rewrite leaves no localhost URL behind", () => {
    // webpack.config.js is CommonJS without typings.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpackConfig = require("../../webpack.config.js") as {
      urlProd: string;
      rewriteUrls: (text: string) => string;
    };
    expect(webpackConfig.urlProd).toMatch(/^https:\/\/[^/]+\/$/);
    const production = parse(webpackConfig.rewriteUrls(xml));
    expect(production.problems).toEqual([]);
    const urls = urlsIn(production.doc);
    expect(urls.filter((url) => /localhost|127\.0\.0\.1/.test(url))).toEqual([]);
    expect(urls.filter((url) => !url.startsWith(new URL(webpackConfig.urlProd).origin))).toEqual(
      []
    );
  });

  test("the production URL is set at build time (--env url=…), path included, https only", () => {
    const webpackConfig = require("../../webpack.config.js") as {
      rewriteUrls: (text: string, url?: string) => string;
      productionUrl: (env: { url?: string }) => string;
    };
    expect(webpackConfig.productionUrl({ url: "https://demos.sharepoint.com/netwerkmeter" })).toBe(
      "https://demos.sharepoint.com/netwerkmeter/"
    );
    expect(() => webpackConfig.productionUrl({ url: "http://demos.be/" })).toThrow(/https/);
    expect(() => webpackConfig.productionUrl({ url: "demos.be" })).toThrow(/not a URL/);
    const production = parse(
      webpackConfig.rewriteUrls(xml, "https://demos.sharepoint.com/netwerkmeter/")
    );
    expect(production.problems).toEqual([]);
    const urls = urlsIn(production.doc);
    expect(urls).toContain("https://demos.sharepoint.com/netwerkmeter/taskpane.html");
    expect(urls).toContain("https://demos.sharepoint.com/netwerkmeter/assets/icon-32.png");
    expect(urls.filter((url) => !url.startsWith("https://demos.sharepoint.com"))).toEqual([]);
    expect(xml.includes("<AppDomain>https://localhost:3000</AppDomain>")).toBe(true);
    expect(webpackConfig.rewriteUrls(xml, "https://demos.sharepoint.com/netwerkmeter/")).toContain(
      "<AppDomain>https://demos.sharepoint.com</AppDomain>"
    );
  });

  test("every icon exists in assets/ as a PNG of the declared size", () => {
    const iconUrls = urlsIn(doc).filter((url) => url.startsWith(`${DEV_ORIGIN}assets/`));
    expect(iconUrls.length).toBeGreaterThanOrEqual(3);
    for (const url of new Set(iconUrls)) {
      const file = path.join(ROOT, "assets", url.slice(`${DEV_ORIGIN}assets/`.length));
      expect(fs.existsSync(file)).toBe(true);
      const size = pngSize(file);
      expect(size).not.toBeNull();
      const declared = /icon-(\d+)\.png$/.exec(file);
      if (declared)
        expect(size).toEqual({ width: Number(declared[1]), height: Number(declared[1]) });
    }
    // <bt:Image size="N" resid="..."> must point at an N x N image.
    for (const image of descendants(root, "Image", NS.bt).filter((el) => el.hasAttribute("size"))) {
      const url = resource("Images", image.getAttribute("resid") ?? "");
      const file = path.join(ROOT, "assets", url.slice(`${DEV_ORIGIN}assets/`.length));
      const n = Number(image.getAttribute("size"));
      expect(pngSize(file)).toEqual({ width: n, height: n });
    }
    // IconUrl is 32 x 32 and HighResolutionIconUrl 64 x 64.
    for (const [name, n] of [
      ["IconUrl", 32],
      ["HighResolutionIconUrl", 64],
    ] as const) {
      const url = child(root, name).getAttribute("DefaultValue") ?? "";
      const file = path.join(ROOT, "assets", url.slice(`${DEV_ORIGIN}assets/`.length));
      expect(pngSize(file)).toEqual({ width: n, height: n });
    }
  });
});
