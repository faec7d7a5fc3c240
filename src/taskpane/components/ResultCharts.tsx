/**
 * The key charts of a run drawn in the task pane (both hosts) with Fluent's v9 chart package
 * (@fluentui/react-charts), from the same chart plans as the workbook (RunSummary.chartViews):
 * clustered columns as a GroupedVerticalBarChart (a line over several clustered series, the
 * participation gap, only in the data table: that chart draws no lines), stacked and 100 %
 * stacked columns and one series with a reference line (alpha 0,70) as a VerticalStackedBarChart
 * with its line. Each chart has
 * its data as a table for screen readers (visually hidden, captioned), with every series, lines
 * included. This module is loaded lazily (ResultsView: React.lazy), so the chart library is not
 * part of the first load.
 */
import { GroupedVerticalBarChart, VerticalStackedBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FC } from "react";
import type { ChartView } from "../../app/chartViews";
import { useFormat, useStrings } from "../i18n";
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

/** One chart, drawn the way its plan says. */
const ChartDrawing: FC<{ view: ChartView }> = ({ view }) => {
  const bars = view.series.filter((series) => series.draw === "bar");
  const lines = view.series.filter((series) => series.draw !== "bar");
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
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        hideLabels
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
      width={CHART_WIDTH}
      height={CHART_HEIGHT}
      hideLabels
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
