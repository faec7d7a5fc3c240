/**
 * The pane's chart views (src/app/chartViews.ts): the same cells as the workbook's charts,
 * from the chart plans. Values worked by hand from the small tables below.
 */
import { alphaChartPlan, likertChartPlan, rolesChartPlan } from "../../../src/report/chartPlans";
import type { Report } from "../../../src/report/reportModel";
import { chartViews } from "../../../src/app/chartViews";

const report: Report = {
  title: "Rapport",
  summary: [],
  sheets: [
    {
      name: "Rollen",
      tables: [
        {
          name: "NM_Rollen",
          title: "Rollen",
          columns: [
            { key: "domain", header: "Domein", format: "text" },
            { key: "role", header: "Rol", format: "text" },
            { key: "pctHigh", header: "Wel akkoord", format: "percent1" },
          ],
          rows: [
            ["Visie", "Facilitator", 30],
            ["Visie", "Coproducent", 60],
            ["Acties", "Facilitator", 20],
            ["Acties", "Coproducent", null],
          ],
          notes: [],
        },
      ],
      charts: [
        rolesChartPlan({
          name: "NM_Chart_Rollen",
          title: "Rollen (n = 10)",
          table: "NM_Rollen",
          domainColumn: "domain",
          roleColumn: "role",
          valueColumn: "pctHigh",
          roles: [
            { key: "facilitator", label: "Facilitator" },
            { key: "coproducent", label: "Coproducent" },
          ],
        }),
      ],
    },
    {
      name: "Betrouwbaarheid",
      tables: [
        {
          name: "NM_Alfa",
          title: "Alfa",
          columns: [
            { key: "scale", header: "Schaal", format: "text" },
            { key: "item", header: "Item", format: "text" },
            { key: "alpha", header: "Alfa", format: "decimal3" },
          ],
          rows: [
            ["Rol facilitator", "(schaal)", 0.75],
            ["Rol facilitator", "ROL_VIS_FAC", null],
            ["Inbreng", "(schaal)", -0.1],
          ],
          notes: [],
        },
      ],
      charts: [
        alphaChartPlan({
          name: "NM_Chart_Alfa",
          title: "Alfa per schaal",
          table: "NM_Alfa",
          scaleColumn: "scale",
          alphaColumn: "alpha",
          alphas: [0.75, -0.1],
          language: "nl",
        }),
        likertChartPlan({
          name: "NM_Chart_Likert",
          title: "Niet in het paneel",
          table: "NM_Alfa",
          categoryColumn: "scale",
          low: "alpha",
          high: "alpha",
          items: 2,
        }),
      ],
    },
  ],
};

describe("chartViews", () => {
  const views = chartViews(report, "nl");

  it("lists the key charts only (no per-block Likert bars)", () => {
    expect(views.map((view) => view.name)).toEqual(["NM_Chart_Rollen", "NM_Chart_Alfa"]);
  });

  it("pivots roles × domain: domains as categories, one series per role, gaps kept empty", () => {
    expect(views[0]).toMatchObject({
      categoryHeader: "Domein",
      categories: ["Visie", "Acties"],
      stacking: "none",
      series: [
        { name: "Facilitator", color: "#4472C4", draw: "bar", values: [30, 20] },
        { name: "Coproducent", color: "#ED7D31", draw: "bar", values: [60, null] },
      ],
    });
  });

  it("gives alpha per scale (scale rows only) with the 0,70 line and an axis below zero", () => {
    expect(views[1].categories).toEqual(["Rol facilitator", "Inbreng"]);
    expect(views[1].series).toEqual([
      { name: "Alfa", color: "#4472C4", draw: "bar", values: [0.75, -0.1] },
      { name: "Drempel 0,70", color: "#404040", draw: "line", values: [0.7, 0.7] },
    ]);
    expect(views[1].valueAxis).toMatchObject({ minimum: -0.2, maximum: 1 });
  });
});
