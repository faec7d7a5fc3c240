/**
 * One chart as a DrawingML chart part (`xl/charts/chartN.xml`), from a placed PlanChart and the
 * values in its cells (written as caches, which Excel shows before it recalculates).
 *
 * Written by hand: ExcelJS writes no charts (its issue #141) and no maintained library writes
 * DrawingML charts into an existing package. The facts below were measured against LibreOffice
 * and are listed in shared/engineering/XLSX-CHARTS.md; the element order follows the schema
 * (ISO/IEC 29500-1 §21.2, dml-chart.xsd), where every element list is a sequence:
 * - `c:barChart`: barDir, grouping, varyColors, ser…, gapWidth, overlap, axId, axId;
 * - `c:ser` (bar): idx, order, tx, spPr, invertIfNegative, cat, val;
 * - `c:ser` (line): idx, order, tx, spPr, marker, cat, val, smooth;
 * - `c:scaling`: orientation, max, min;
 * - axes: axId, scaling, delete, axPos, majorGridlines, title, numFmt, majorTickMark,
 *   minorTickMark, tickLblPos, crossAx, crosses, (catAx) auto, lblAlgn, lblOffset,
 *   noMultiLvlLbl / (valAx) crossBetween.
 * Stacked and 100 % stacked bars carry `c:overlap val="100"` (Excel needs it); horizontal bars list
 * the first category on top with `maxMin` on the category axis and `crosses max` on the value
 * axis; diverging bars put the category labels at the low end (`tickLblPos low`) so they do not
 * sit on the zero line; line series (gap, reference line) share the bar chart's two axes, which
 * is why a chart with a line is vertical. Every flag is written explicitly.
 */
import { columnLetters } from "../../analysis/grid";
import type { PlanChart } from "../../workbook/port";
import { escapeXml } from "./xml";

/** A chart with the values its cells hold (for the caches). */
export interface ChartToWrite {
  chart: PlanChart;
  /** Category labels, one per data row. */
  categories: string[];
  /** Per series (in source order), one value per category; null for an empty cell. */
  values: (number | null)[][];
}

const CATEGORY_AXIS_ID = 50010;
const VALUE_AXIS_ID = 50020;

/** An absolute reference with the sheet name always quoted: 'Rol''s'!$A$2:$A$5. */
export function sheetReference(
  sheet: string,
  row: number,
  column: number,
  rowCount = 1,
  columnCount = 1
): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const first = `$${columnLetters(column)}$${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return `${quoted}!${first}`;
  const last = `$${columnLetters(column + columnCount - 1)}$${row + rowCount}`;
  return `${quoted}!${first}:${last}`;
}

const colorOf = (color: string | undefined) => (color ?? "#808080").replace(/^#/, "").toUpperCase();
const solidFill = (color: string | undefined) =>
  `<a:solidFill><a:srgbClr val="${colorOf(color)}"/></a:solidFill>`;

/** Rich text as chart and axis titles use it. */
function richText(text: string, size: number, bold: boolean, rotated = false): string {
  const body = rotated ? '<a:bodyPr rot="-5400000" vert="horz"/>' : "<a:bodyPr/>";
  const b = bold ? "1" : "0";
  return (
    `<c:tx><c:rich>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr>` +
    `<a:r><a:rPr lang="nl-BE" sz="${size}" b="${b}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function stringCache(texts: readonly string[]): string {
  const points = texts
    .map((text, index) => `<c:pt idx="${index}"><c:v>${escapeXml(text)}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function numberCache(values: readonly (number | null)[], format: string): string {
  const points = values
    .map((value, index) =>
      value === null || !Number.isFinite(value)
        ? ""
        : `<c:pt idx="${index}"><c:v>${String(value)}</c:v></c:pt>`
    )
    .join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/** idx, order, tx, and the cat and val references of series `index`. */
function seriesParts(input: ChartToWrite, index: number) {
  const { chart, categories, values } = input;
  const { source } = chart;
  const column = source.firstSeriesColumn + index;
  const name = chart.seriesNames[index] ?? "";
  const head =
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:strRef><c:f>${escapeXml(sheetReference(chart.sheet, source.headerRow, column))}</c:f>` +
    `${stringCache([name])}</c:strRef></c:tx>`;
  const data =
    `<c:cat><c:strRef><c:f>${escapeXml(
      sheetReference(chart.sheet, source.headerRow + 1, source.categoryColumn, source.rowCount)
    )}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(
      sheetReference(chart.sheet, source.headerRow + 1, column, source.rowCount)
    )}</c:f>${numberCache(values[index] ?? [], "General")}</c:numRef></c:val>`;
  return { head, data };
}

function barSeries(input: ChartToWrite, index: number): string {
  const { head, data } = seriesParts(input, index);
  const fill = solidFill(input.chart.seriesColors[index]);
  return `<c:ser>${head}<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>${data}</c:ser>`;
}

function lineSeries(input: ChartToWrite, index: number): string {
  const { head, data } = seriesParts(input, index);
  const color = input.chart.seriesColors[index];
  const markerOnly = input.chart.seriesDraw[index] === "marker";
  const line = markerOnly
    ? '<a:ln w="28575"><a:noFill/></a:ln>'
    : `<a:ln w="28575" cap="rnd">${solidFill(color)}<a:round/></a:ln>`;
  const marker =
    `<c:marker><c:symbol val="circle"/><c:size val="7"/>` +
    `<c:spPr>${solidFill(color)}<a:ln w="9525">${solidFill(color)}</a:ln></c:spPr></c:marker>`;
  return `<c:ser>${head}<c:spPr>${line}</c:spPr>${marker}${data}<c:smooth val="0"/></c:ser>`;
}

const GROUPING = { none: "clustered", stacked: "stacked", percent: "percentStacked" } as const;

/**
 * The chart part's XML.
 *
 * @example chartPartXml({ chart, categories: ["Visie"], values: [[-20], [30], [50]] }) // "<?xml …<c:chartSpace …"
 */
export function chartPartXml(input: ChartToWrite): string {
  const { chart } = input;
  const horizontal = chart.orientation === "horizontal";
  const diverging = chart.kind === "divergingBar";
  const stacked = chart.stacking !== "none";
  const indexes = chart.seriesNames.map((_name, index) => index);
  const bars = indexes.filter((index) => (chart.seriesDraw[index] ?? "bar") === "bar");
  const lines = indexes.filter((index) => (chart.seriesDraw[index] ?? "bar") !== "bar");
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;

  const barChart =
    bars.length === 0
      ? ""
      : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/>` +
        `<c:grouping val="${GROUPING[chart.stacking]}"/><c:varyColors val="0"/>` +
        bars.map((index) => barSeries(input, index)).join("") +
        `<c:gapWidth val="${horizontal ? 50 : 80}"/>` +
        `<c:overlap val="${stacked ? 100 : -10}"/>${axisIds}</c:barChart>`;
  const lineChart =
    lines.length === 0
      ? ""
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        lines.map((index) => lineSeries(input, index)).join("") +
        `<c:marker val="1"/>${axisIds}</c:lineChart>`;

  const axis = chart.valueAxis;
  const scaling =
    `<c:scaling><c:orientation val="minMax"/>` +
    (axis.maximum !== undefined ? `<c:max val="${axis.maximum}"/>` : "") +
    (axis.minimum !== undefined ? `<c:min val="${axis.minimum}"/>` : "") +
    `</c:scaling>`;
  const ticks = `<c:majorTickMark val="out"/><c:minorTickMark val="none"/>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/>` +
    `<c:scaling><c:orientation val="${chart.reverseCategories ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/>${ticks}` +
    `<c:tickLblPos val="${diverging ? "low" : "nextTo"}"/>` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/>${scaling}` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    (axis.title
      ? `<c:title>${richText(axis.title, 1000, false, !horizontal)}<c:overlay val="0"/></c:title>`
      : "") +
    `<c:numFmt formatCode="${escapeXml(axis.numberFormat ?? "General")}" sourceLinked="0"/>${ticks}` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/>` +
    `<c:crosses val="${chart.reverseCategories ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  const legend =
    chart.legend === "None"
      ? ""
      : `<c:legend><c:legendPos val="${chart.legend === "Right" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>`;

  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:date1904 val="0"/><c:lang val="nl-BE"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1200, true)}<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${barChart}${lineChart}` +
    `${categoryAxis}${valueAxis}</c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
