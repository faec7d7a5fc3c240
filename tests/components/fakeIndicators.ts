/**
 * Fake indicator verbs for component tests: the example monitoring framework as the pane sees it
 * (5 indicators, 40 units, quarters 2024-Q4..2026-Q3) and a canned run summary.
 */
import type {
  IndicatorOverview,
  IndicatorSummary,
  IndicatorVerbs,
  MonitoringTemplateFile,
} from "../../src/app/host";

export const indicatorOverviewFake: IndicatorOverview = {
  sheet: "Indicatoren",
  indicators: 5,
  units: ["Partnerschap 01", "Partnerschap 02", "Partnerschap 03"],
  measurements: 2937,
  periods: {
    jaar: ["2026", "2025", "2024"],
    halfjaar: ["2026-H2", "2026-H1", "2025-H2"],
    kwartaal: ["2026-Q3", "2026-Q2", "2026-Q1"],
  },
  groupColumns: ["regio", "grootteklasse"],
  issues: [
    {
      severity: "error",
      code: "IND_BAD_NUMBER",
      message: "waarde 'ca. 30' is geen getal; rij weggelaten.",
      sheet: "Metingen",
      cell: "D2939",
    },
  ],
  problem: null,
  stored: null,
};

export const indicatorSummaryFake: IndicatorSummary = {
  period: "2026-Q3",
  granularity: "kwartaal",
  indicators: 5,
  units: 40,
  statusCounts: [
    { status: "groen", label: "groen", count: 2 },
    { status: "oranje", label: "oranje", count: 2 },
    { status: "geen doel", label: "geen doel", count: 1 },
  ],
  completeness: { reporting: 175, expected: 200, percent: 87.5 },
  issueCounts: { error: 1, warning: 0, info: 0 },
  issues: indicatorOverviewFake.issues,
  sheets: ["Overzicht", "Per eenheid", "Verloop", "Problemen"],
  charts: ["NM_Chart_IndVoortgang", "NM_Chart_IndTrend_1"],
};

export const templateFileFake: MonitoringTemplateFile = {
  name: "monitoring-partnerschap-02.xlsx",
  bytes: new Uint8Array([80, 75, 3, 4]),
  opened: true,
};

export type FakeIndicatorVerbs = { [K in keyof IndicatorVerbs]: jest.Mock };

export function fakeIndicators(overrides: Partial<FakeIndicatorVerbs> = {}): FakeIndicatorVerbs {
  return {
    detect: jest.fn(async () => indicatorOverviewFake),
    storedSettings: jest.fn(async () => null),
    run: jest.fn(async () => indicatorSummaryFake),
    refresh: jest.fn(async () => indicatorSummaryFake),
    monitoringTemplate: jest.fn(async () => templateFileFake),
    ...overrides,
  };
}
