/**
 * The native chart parts added to the ExcelJS output (src/xlsx/charts/): the report of the example
 * data (examples/coordinatoren-demos.xlsx, grouped by size class) written by writeReportWorkbook,
 * then opened as a package and every part parsed with @xmldom/xmldom:
 * - part names, relationships and content types tie every chart to a drawing and a sheet;
 * - `<drawing>` sits before `<tableParts>` in the sheet XML, and the chart elements follow the
 *   schema's sequences (shared/engineering/XLSX-CHARTS.md);
 * - every series reference names a real sheet (quoted) and a range inside it, and the caches equal
 *   the cells (read back with ExcelJS);
 * - the shapes of the plan: diverging Likert bars, 100 % stacked styles, the 0.70 line.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import * as os from "os";
import { main } from "../../../src/cli/main";
import { parseAddress } from "../../../src/report/names";
import {
  addChartsToPackage,
  insertDrawingElement,
  relsPathOf,
} from "../../../src/xlsx/charts/addCharts";
import { sheetReference } from "../../../src/xlsx/charts/chartPart";
import { escapeXml, elementAttributes } from "../../../src/xlsx/charts/xml";

jest.setTimeout(60_000);

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "coordinatoren-demos.xlsx");

let files: Record<string, Uint8Array>;
let bytes: Uint8Array;
const text = (name: string) => strFromU8(files[name]);
const parse = (name: string) => {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(`${name}: ${message}`);
    },
  }).parseFromString(text(name), "text/xml");
  expect(errors).toEqual([]);
  return document;
};
const children = (element: XmlElement | null): XmlElement[] =>
  Array.from(element!.childNodes).filter((node) => node.nodeType === 1) as XmlElement[];
const childNames = (element: XmlElement | null) => children(element).map((node) => node.localName);
const chartParts = () =>
  Object.keys(files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netwerkmeter-charts-"));
  const out = path.join(dir, "rapport.xlsx");
  let err = "";
  const code = await main(
    [
      "analyze",
      EXAMPLE,
      "--group-by",
      "GROOTTE_KLASSE",
      "--population",
      "104",
      "--min-cell",
      "0",
      "--out",
      out,
    ], // --min-cell 0: no masked cells, so the style-by-group chart is drawn (docs/methods.md)
    { stdout: () => undefined, stderr: (text) => (err += text) }
  );
  expect({ code, err }).toEqual({ code: 0, err: expect.any(String) });
  bytes = new Uint8Array(fs.readFileSync(out));
  fs.rmSync(dir, { recursive: true, force: true });
  files = unzipSync(bytes);
});

describe("chart parts of the report workbook", () => {
  it("adds a chart per indicator block, roles, participation, styles and alpha", () => {
    const names = chartParts().flatMap((part) =>
      Array.from(parse(part).getElementsByTagNameNS(C, "title"))
        .slice(0, 1)
        .map((title) => title.textContent ?? "")
    );
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names.some((name) => /^Rol van de coördinator/.test(name))).toBe(true);
    expect(names.some((name) => /^Inspraak per domein/.test(name))).toBe(true);
    expect(names.some((name) => /^Cronbach/.test(name))).toBe(true);
    expect(names.some((name) => /^Bestuursstijl naar GROOTTE_KLASSE/.test(name))).toBe(true);
  });

  it("ties every chart to a drawing, every drawing to a sheet, with content types", () => {
    const types = parse("[Content_Types].xml");
    const overrides = new Map(
      Array.from(types.getElementsByTagName("Override")).map((node) => [
        node.getAttribute("PartName"),
        node.getAttribute("ContentType"),
      ])
    );
    for (const part of chartParts())
      expect(overrides.get(`/${part}`)).toBe(
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      );
    const drawings = Object.keys(files).filter((name) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(name)
    );
    expect(drawings.length).toBeGreaterThan(0);
    const chartTargets: string[] = [];
    for (const drawing of drawings) {
      expect(overrides.get(`/${drawing}`)).toBe(
        "application/vnd.openxmlformats-officedocument.drawing+xml"
      );
      const rels = elementAttributes(text(relsPathOf(drawing)), "Relationship");
      const anchors = parse(drawing).getElementsByTagNameNS(C, "chart");
      const ids = new Set<string>();
      for (const anchor of Array.from(anchors)) {
        const id = anchor.getAttributeNS(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "id"
        )!;
        const rel = rels.find((entry) => entry.Id === id)!;
        expect(rel.Type).toMatch(/\/chart$/);
        chartTargets.push(`xl/charts/${rel.Target.replace("../charts/", "")}`);
      }
      // cNvPr ids unique in the drawing, names the stable chart names.
      for (const frame of Array.from(parse(drawing).getElementsByTagName("xdr:cNvPr"))) {
        expect(ids.has(frame.getAttribute("id")!)).toBe(false);
        ids.add(frame.getAttribute("id")!);
        expect(frame.getAttribute("name")).toMatch(/^NM_Chart_/);
      }
    }
    expect(chartTargets.sort()).toEqual(chartParts().sort());
    // Every drawing is referenced by exactly one sheet, through a <drawing> before <tableParts>.
    const sheets = Object.keys(files).filter((name) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(name)
    );
    const referenced: string[] = [];
    for (const sheet of sheets) {
      const relsName = relsPathOf(sheet);
      if (!files[relsName]) continue;
      const drawingRels = elementAttributes(text(relsName), "Relationship").filter((rel) =>
        rel.Type.endsWith("/drawing")
      );
      if (drawingRels.length === 0) continue;
      expect(drawingRels).toHaveLength(1);
      const root = parse(sheet).documentElement;
      const order = childNames(root);
      const at = order.indexOf("drawing");
      expect(at).toBeGreaterThan(order.indexOf("sheetData"));
      if (order.includes("tableParts")) expect(at).toBeLessThan(order.indexOf("tableParts"));
      const drawingElement = children(root)[at];
      expect(
        drawingElement.getAttributeNS(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "id"
        )
      ).toBe(drawingRels[0].Id);
      referenced.push(`xl/drawings/${drawingRels[0].Target.replace("../drawings/", "")}`);
    }
    expect(referenced.sort()).toEqual(drawings.sort());
  });

  it("writes the chart elements in schema order", () => {
    for (const part of chartParts()) {
      const document = parse(part);
      for (const bar of Array.from(document.getElementsByTagNameNS(C, "barChart"))) {
        const names = childNames(bar);
        const series = names.filter((name) => name === "ser").length;
        expect(names).toEqual([
          "barDir",
          "grouping",
          "varyColors",
          ...new Array(series).fill("ser"),
          "gapWidth",
          "overlap",
          "axId",
          "axId",
        ]);
        const grouping = children(bar)[1].getAttribute("val");
        const overlap = children(bar)[names.indexOf("overlap")].getAttribute("val");
        if (grouping !== "clustered") expect(overlap).toBe("100");
        for (const ser of children(bar).filter((node) => node.localName === "ser"))
          expect(childNames(ser)).toEqual([
            "idx",
            "order",
            "tx",
            "spPr",
            "invertIfNegative",
            "cat",
            "val",
          ]);
      }
      for (const line of Array.from(document.getElementsByTagNameNS(C, "lineChart")))
        for (const ser of children(line).filter((node) => node.localName === "ser"))
          expect(childNames(ser)).toEqual([
            "idx",
            "order",
            "tx",
            "spPr",
            "marker",
            "cat",
            "val",
            "smooth",
          ]);
      for (const scaling of Array.from(document.getElementsByTagNameNS(C, "scaling"))) {
        const names = childNames(scaling);
        expect(names[0]).toBe("orientation");
        expect(names.slice(1)).toEqual(["max", "min"].filter((name) => names.includes(name)));
      }
      // Every axis id of a plot is declared once, and both plots use the same two axes.
      const axisIds = Array.from(document.getElementsByTagNameNS(C, "axId")).map((node) =>
        node.getAttribute("val")
      );
      const declared = ["catAx", "valAx"].map((name) =>
        children(document.getElementsByTagNameNS(C, name)[0])[0].getAttribute("val")
      );
      expect(new Set(declared).size).toBe(2);
      for (const id of axisIds) expect(declared).toContain(id);
    }
  });

  it("names a real sheet and range in every reference, and caches what the cells hold", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    let references = 0;
    for (const part of chartParts()) {
      const document = parse(part);
      for (const ref of Array.from(document.getElementsByTagNameNS(C, "f"))) {
        const formula = ref.textContent ?? "";
        // Always quoted: 'Sheet name'!$A$1:$A$5.
        expect(formula).toMatch(/^'(?:[^']|'')+'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
        const parsed = parseAddress(formula.replace(/\$/g, ""));
        const sheet = workbook.getWorksheet(parsed.sheet!);
        expect(sheet).toBeDefined();
        const cache = children(ref.parentNode as XmlElement).find((node) =>
          /Cache$/.test(node.localName ?? "")
        )!;
        const points = Array.from(cache.getElementsByTagNameNS(C, "pt"));
        for (const point of points) {
          const index = Number(point.getAttribute("idx"));
          const row = parsed.rowCount > 1 ? parsed.row + index : parsed.row;
          const cell = sheet!.getCell(row + 1, parsed.column + 1).value;
          const cached = point.textContent;
          if (typeof cell === "number") expect(Number(cached)).toBeCloseTo(cell, 10);
          else expect(cached).toBe(String(cell ?? ""));
        }
        references += 1;
      }
    }
    expect(references).toBeGreaterThan(20);
  });

  it("draws the Likert blocks as diverging bars: low band negative, labels low, first on top", () => {
    const likert = chartParts()
      .map(parse)
      .find((document) =>
        Array.from(document.getElementsByTagNameNS(C, "barDir")).some(
          (node) => node.getAttribute("val") === "bar"
        )
      )!;
    expect(likert).toBeDefined();
    expect(likert.getElementsByTagNameNS(C, "grouping")[0].getAttribute("val")).toBe("stacked");
    const firstSeries = likert.getElementsByTagNameNS(C, "ser")[0];
    const values = Array.from(
      firstSeries.getElementsByTagNameNS(C, "numCache")[0].getElementsByTagNameNS(C, "v")
    ).map((node) => Number(node.textContent));
    expect(values.every((value) => value <= 0)).toBe(true);
    const categoryAxis = likert.getElementsByTagNameNS(C, "catAx")[0];
    expect(categoryAxis.getElementsByTagNameNS(C, "orientation")[0].getAttribute("val")).toBe(
      "maxMin"
    );
    expect(categoryAxis.getElementsByTagNameNS(C, "tickLblPos")[0].getAttribute("val")).toBe("low");
    const valueAxis = likert.getElementsByTagNameNS(C, "valAx")[0];
    expect(valueAxis.getElementsByTagNameNS(C, "crosses")[0].getAttribute("val")).toBe("max");
    expect(valueAxis.getElementsByTagNameNS(C, "numFmt")[0].getAttribute("formatCode")).toBe("0;0");
  });

  it("draws a Likert block with reference figures as diverging columns and the reference as markers", () => {
    const likert = chartParts()
      .map(parse)
      .find(
        (document) =>
          document.getElementsByTagNameNS(C, "barDir")[0]?.getAttribute("val") === "col" &&
          document.getElementsByTagNameNS(C, "lineChart").length === 1 &&
          /\(n = 77\)$/.test(document.getElementsByTagNameNS(C, "title")[0].textContent ?? "")
      )!;
    expect(likert).toBeDefined();
    expect(likert.getElementsByTagNameNS(C, "grouping")[0].getAttribute("val")).toBe("stacked");
    const line = likert.getElementsByTagNameNS(C, "lineChart")[0];
    const markers = children(line).filter((node) => node.localName === "ser");
    expect(markers).toHaveLength(1);
    const series = markers[0];
    // Named after the reference column ("Dēmos 2016 (%)"), black markers and no line.
    expect(series.getElementsByTagNameNS(C, "tx")[0].textContent).toMatch(/Dēmos 2016 \(%\)$/);
    const lineShape = series.getElementsByTagNameNS(C, "spPr")[0];
    expect(lineShape.getElementsByTagNameNS(A_NS, "noFill").length).toBeGreaterThan(0);
    const marker = series.getElementsByTagNameNS(C, "marker")[0];
    expect(marker.getElementsByTagNameNS(C, "symbol")[0]?.getAttribute("val")).not.toBe("none");
    // The values are the table's reference column: the same column as the bars' rows, one to the
    // right of "Wel akkoord", and between 0 and 100.
    const bars = likert.getElementsByTagNameNS(C, "barChart")[0];
    const barRefs = Array.from(bars.getElementsByTagNameNS(C, "val")).map(
      (node) => node.getElementsByTagNameNS(C, "f")[0].textContent ?? ""
    );
    const markerRef = series
      .getElementsByTagNameNS(C, "val")[0]
      .getElementsByTagNameNS(C, "f")[0].textContent!;
    const high = parseAddress(barRefs[barRefs.length - 1].replace(/\$/g, ""));
    const reference = parseAddress(markerRef.replace(/\$/g, ""));
    expect(reference.sheet).toBe(high.sheet);
    expect([reference.row, reference.rowCount]).toEqual([high.row, high.rowCount]);
    expect(reference.column).toBe(high.column + 1);
    const values = Array.from(
      series.getElementsByTagNameNS(C, "numCache")[0].getElementsByTagNameNS(C, "v")
    ).map((node) => Number(node.textContent));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value >= 0 && value <= 100).toBe(true);
  });

  it("draws alpha per scale as columns with a 0.70 line on the same axes", () => {
    const alpha = chartParts()
      .map(parse)
      .find((document) =>
        /^Cronbach/.test(document.getElementsByTagNameNS(C, "title")[0].textContent ?? "")
      )!;
    expect(alpha.getElementsByTagNameNS(C, "barDir")[0].getAttribute("val")).toBe("col");
    const line = alpha.getElementsByTagNameNS(C, "lineChart")[0];
    expect(line).toBeDefined();
    const series = line.getElementsByTagNameNS(C, "ser")[0];
    expect(series.getElementsByTagNameNS(C, "tx")[0].textContent).toMatch(
      /!\$[A-Z]+\$\d+Drempel 0,70$/
    );
    const values = Array.from(
      series.getElementsByTagNameNS(C, "numCache")[0].getElementsByTagNameNS(C, "v")
    ).map((node) => Number(node.textContent));
    expect(new Set(values)).toEqual(new Set([0.7]));
  });

  it("draws style by group as 100 % stacked columns with a percent axis", () => {
    const styles = chartParts()
      .map(parse)
      .find((document) =>
        /^Bestuursstijl naar/.test(document.getElementsByTagNameNS(C, "title")[0].textContent ?? "")
      )!;
    expect(styles.getElementsByTagNameNS(C, "grouping")[0].getAttribute("val")).toBe(
      "percentStacked"
    );
    expect(styles.getElementsByTagNameNS(C, "overlap")[0].getAttribute("val")).toBe("100");
    const valueAxis = styles.getElementsByTagNameNS(C, "valAx")[0];
    expect(valueAxis.getElementsByTagNameNS(C, "numFmt")[0].getAttribute("formatCode")).toBe("0%");
  });
});

describe("package helpers", () => {
  it("quotes every sheet name and doubles an apostrophe", () => {
    expect(sheetReference("Rol's & taken", 1, 0, 4)).toBe("'Rol''s & taken'!$A$2:$A$5");
    expect(sheetReference("Items", 0, 27)).toBe("'Items'!$AB$1");
    expect(escapeXml(sheetReference("Rol's & taken", 1, 0, 4))).toBe(
      "&apos;Rol&apos;&apos;s &amp; taken&apos;!$A$2:$A$5"
    );
  });

  it("puts <drawing> before legacyDrawing, tableParts and extLst, with an unused r: prefix declared", () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>' +
      '<pageSetup/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';
    const result = insertDrawingElement(sheet, "rId3");
    expect(result).toContain('<pageSetup/><drawing r:id="rId3"/><legacyDrawing');
    expect(result).toMatch(
      /^<worksheet xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/
    );
    expect(insertDrawingElement("<worksheet><sheetData/></worksheet>", "rId1")).toContain(
      '<sheetData/><drawing r:id="rId1"/></worksheet>'
    );
    expect(() => insertDrawingElement(result, "rId4")).toThrow(/already has a drawing/);
  });

  it("refuses charts for a sheet the package does not have", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad1").getCell("A1").value = 1;
    const stored = new Uint8Array(
      (await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } })) as ArrayBuffer
    );
    const chart = {
      name: "NM_Chart_X",
      sheet: "Bestaat niet",
      kind: "bar" as const,
      orientation: "vertical" as const,
      stacking: "none" as const,
      type: "ColumnClustered" as const,
      title: "X",
      source: {
        headerRow: 0,
        rowCount: 1,
        categoryColumn: 0,
        firstSeriesColumn: 1,
        seriesCount: 1,
      },
      seriesNames: ["a"],
      seriesDraw: ["bar" as const],
      seriesColors: ["#4472C4"],
      valueAxis: {},
      reverseCategories: false,
      legend: "None" as const,
      placement: { row: 0, column: 3, rowCount: 10, columnCount: 5 },
    };
    expect(() => addChartsToPackage(stored, [{ chart, categories: ["x"], values: [[1]] }])).toThrow(
      /no sheet 'Bestaat niet'/
    );
    // Without charts the package is only recompressed: the same parts.
    expect(Object.keys(unzipSync(addChartsToPackage(stored, []))).sort()).toEqual(
      Object.keys(unzipSync(stored)).sort()
    );
  });
});
