/**
 * The drawing part of one sheet (`xl/drawings/drawingN.xml`): a `xdr:twoCellAnchor` per chart
 * from the chart's top-left cell to the cell after its bottom-right one, holding a
 * `xdr:graphicFrame` whose `c:chart r:id` points at the chart part through the drawing's
 * relationships. `cNvPr` ids are unique in the drawing and `cNvPr name` is the chart's stable name
 * (what Office.js reports as `chart.name`), per shared/engineering/XLSX-CHARTS.md.
 */
import type { CellRect } from "../../report/names";
import { escapeXml } from "./xml";

export interface DrawingChart {
  name: string;
  placement: CellRect;
  /** Relationship id of the chart part in the drawing's .rels. */
  relationshipId: string;
}

const marker = (tag: "from" | "to", column: number, row: number) =>
  `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * The drawing part's XML for the charts of one sheet.
 *
 * @example drawingPartXml([{ name: "NM_Chart_B01", placement: { row: 0, column: 6, rowCount: 12, columnCount: 9 }, relationshipId: "rId1" }])
 */
export function drawingPartXml(charts: readonly DrawingChart[]): string {
  const anchors = charts
    .map((chart, index) => {
      const { row, column, rowCount, columnCount } = chart.placement;
      return (
        `<xdr:twoCellAnchor>${marker("from", column, row)}` +
        `${marker("to", column + columnCount, row + rowCount)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
        `<xdr:cNvPr id="${index + 2}" name="${escapeXml(chart.name)}"/><xdr:cNvGraphicFramePr/>` +
        `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
        `r:id="${chart.relationshipId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
        `<xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${anchors}</xdr:wsDr>`
  );
}
