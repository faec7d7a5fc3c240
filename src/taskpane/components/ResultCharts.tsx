/**
 * The key charts of a run drawn in the task pane (both hosts) with Fluent's v9 chart package
 * (@fluentui/react-charts), from the same chart plans as the workbook (RunSummary.chartViews):
 * clustered columns as a GroupedVerticalBarChart (a line over several clustered series, the
 * participation gap, only in the data table: that chart draws no lines), stacked and 100 %
 * stacked columns as a VerticalStackedBarChart with its lines, and one series over more than four
 * categories (alpha per scale) as horizontal bars with every label in full, a reference line
 * (0,70) shown as the colour of the bars under it. Every legend wraps and names every series;
 * numbers follow the pane's language (decimal comma in Dutch). Each chart has its data as a table
 * for screen readers (visually hidden, captioned), with every series, lines included. This module
 * is loaded lazily (ResultsView: React.lazy), so the chart library is not part of the first load.
 */
import {
  GroupedVerticalBarChart,
  HorizontalBarChartWithAxis,
  VerticalStackedBarChart,
} from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FC } from "react";
import type { ChartView } from "../../app/chartViews";
import { useFormat, useLanguage, useStrings } from "../i18n";
import Panel from "./Panel";
import { column, visuallyHidden } from "./styles";

export interface ResultChartsProps {
  views: ChartView[];
}

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalL),
  chart: column(tokens.spacingVerticalXS),
  title: { fontWeight: tokens.fontWeightSemibold },
  hidden: visuallyHidden,
});

const CHART_WIDTH = 300;
const CHART_HEIGHT = 260;
/** More categories than this are drawn as horizontal bars (the labels would not fit under columns). */
const MAX_COLUMNS = 4;
/** Bars under a reference line (alpha below 0,70): Fluent's dark red (colorPaletteDarkRedBackground3 in light). */
const BELOW_COLOR = "#750b1c";

/** The value of a series that is the same in every category (a reference line), else null. */
function constant(values: (number | null)[]): number | null {
  const first = values[0];
  return first !== null && first !== undefined && values.every((value) => value === first)
    ? first
    : null;
}

/** One chart, drawn the way its plan says. */
const ChartDrawing: FC<{ view: ChartView }> = ({ view }) => {
  const s = useStrings();
  const format = useFormat();
  const language = useLanguage();
  const bars = view.series.filter((series) => series.draw === "bar");
  const lines = view.series.filter((series) => series.draw !== "bar");
  // What every chart shares: every series named in a legend that wraps (the drawing is inert, so
  // an overflow button "+2 more" could never open), round ticks in the pane's number style.
  const common = {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    hideLabels: true,
    culture: language === "nl" ? "nl-BE" : "en-GB",
    legendProps: { enabledWrapLines: true, allowFocusOnLegends: false },
    roundedTicks: true,
    yAxisTickFormat: (value: number) => format.atMost(value, 2),
    ...(view.valueAxis.minimum !== undefined ? { yMinValue: view.valueAxis.minimum } : {}),
    ...(view.valueAxis.maximum !== undefined ? { yMaxValue: view.valueAxis.maximum } : {}),
  };
  // One series over many categories (alpha per scale): horizontal bars, so every label is read
  // in full; a reference line (the 0,70 threshold) becomes the bars' colour below it.
  const reference = lines.length === 1 ? constant(lines[0].values) : null;
  if (
    view.stacking === "none" &&
    bars.length === 1 &&
    view.categories.length > MAX_COLUMNS &&
    (lines.length === 0 || reference !== null)
  ) {
    const below = reference === null ? null : s.charts.below(format.decimal(reference, 2));
    // Room for the longest label (Fluent's own measure falls short: 10 px semibold is about 5 px
    // a character), at most a good half of the width.
    const longest = Math.max(...view.categories.map((category) => category.length));
    return (
      <HorizontalBarChartWithAxis
        // Fluent draws the first bar at the bottom: reversed, the chart reads as the table.
        data={[...view.categories.keys()].reverse().map((index) => {
          const category = view.categories[index];
          const value = bars[0].values[index] ?? 0;
          const low = below !== null && reference !== null && value < reference;
          return {
            y: category,
            x: value,
            legend: low ? below : bars[0].name,
            color: low ? BELOW_COLOR : bars[0].color,
          };
        })}
        {...common}
        height={Math.max(CHART_HEIGHT, view.categories.length * 32 + 60)}
        margins={{ left: Math.min(170, Math.ceil(longest * 5.6) + 24) }}
        showYAxisLables
        xAxisTickCount={5}
        yAxisTickFormat={undefined}
        yMinValue={undefined}
        yMaxValue={undefined}
      />
    );
  }
  // Clustered bars: grouped columns. A line over several clustered series (the participation
  // gap) has no place in Fluent's grouped chart: it stays in the data table below.
  if (view.stacking === "none" && (lines.length === 0 || bars.length > 1)) {
    return (
      <GroupedVerticalBarChart
        data={view.categories.map((category, index) => ({
          name: category,
          series: bars.map((series) => ({
            key: series.name,
            legend: series.name,
            color: series.color,
            data: series.values[index] ?? 0,
          })),
        }))}
        {...common}
      />
    );
  }
  // Stacked (100 %: shares of each column) or bars with lines over them.
  const totals = view.categories.map((_category, index) =>
    bars.reduce((sum, series) => sum + Math.abs(series.values[index] ?? 0), 0)
  );
  return (
    <VerticalStackedBarChart
      data={view.categories.map((category, index) => ({
        xAxisPoint: category,
        chartData: bars.map((series) => {
          const value = series.values[index] ?? 0;
          return {
            legend: series.name,
            color: series.color,
            data:
              view.stacking === "percent" && totals[index] > 0
                ? Math.round((value / totals[index]) * 1000) / 10
                : value,
          };
        }),
        lineData: lines.flatMap((series) => {
          const value = series.values[index];
          return value === null ? [] : [{ y: value, legend: series.name, color: series.color }];
        }),
      }))}
      {...common}
    />
  );
};

/** The charts, each with a heading and its data table. */
const ResultCharts: FC<ResultChartsProps> = ({ views }) => {
  const styles = useStyles();
  const s = useStrings();
  const format = useFormat();
  const digits = (values: (number | null)[]) =>
    values.every((value) => value === null || Math.abs(value) > 1.5) ? 1 : 2;
  return (
    <Panel
      level="h3"
      title={s.charts.viewTitle}
      className={styles.root}
      data-testid="result-charts"
    >
      {views.map((view) => (
        <figure
          key={view.name}
          className={styles.chart}
          data-chart={view.name}
          style={{ margin: 0 }}
        >
          <figcaption className={styles.title}>{view.title}</figcaption>
          {/* The drawing is for the eye (the table below is its text); inert keeps the chart's
              focusable bars out of the Tab order, as aria-hidden requires (axe aria-hidden-focus).
              React 18 knows no boolean `inert`: the empty string sets the attribute. */}
          <div aria-hidden="true" {...{ inert: "" }}>
            <ChartDrawing view={view} />
          </div>
          {/* Hidden by its wrapper: a table grows to its content whatever its own width says,
              and at 320 px it would widen the page (a sideways scroll). */}
          <div className={styles.hidden}>
            <table>
              <caption>{s.charts.dataCaption(view.title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{view.categoryHeader}</th>
                  {view.series.map((series) => (
                    <th scope="col" key={series.name}>
                      {series.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.categories.map((category, index) => (
                  <tr key={`${category}-${index}`}>
                    <th scope="row">{category}</th>
                    {view.series.map((series) => (
                      <td key={series.name}>
                        {format.decimal(series.values[index], digits(series.values))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      ))}
    </Panel>
  );
};

export default ResultCharts;
