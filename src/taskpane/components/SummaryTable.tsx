import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FC } from "react";
import { useFormat, useStrings } from "../i18n";
import type { RunSummary } from "../../app/host";
import Panel from "./Panel";
import { column, visuallyHidden } from "./styles";

export interface SummaryTableProps {
  summary: RunSummary;
}

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  table: { tableLayout: "fixed", width: "100%" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  valueHead: { width: "40%" },
  caption: visuallyHidden,
});

/**
 * Browser preview: the key figures as one compact table (the full tables are in the downloaded
 * workbook; inside Excel they are on the output sheets).
 */
const SummaryTable: FC<SummaryTableProps> = ({ summary }) => {
  const styles = useStyles();
  const s = useStrings();
  const format = useFormat();
  const rows: [string, string][] = [[s.preview.respondents, format.integer(summary.respondents)]];
  if (summary.responseRate !== null) {
    rows.push([s.preview.responseRate, format.percent(summary.responseRate, 1)]);
  }
  for (const { domain, role } of summary.dominantRoles) {
    rows.push([s.preview.dominantRole(s.summary.domain(domain)), s.summary.role(role)]);
  }
  if (summary.participation) {
    rows.push([s.preview.participationIndex, format.decimal(summary.participation.index, 1)]);
    rows.push([s.preview.gap, format.decimal(summary.participation.gap, 2)]);
  }
  for (const { scale, alpha } of summary.alphas) {
    rows.push([s.preview.alpha(scale), format.decimal(alpha, 2)]);
  }

  return (
    <Panel level="h3" title={s.preview.tableTitle} className={styles.root}>
      <Table size="extra-small" className={styles.table}>
        <caption className={styles.caption}>{s.preview.tableCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.preview.metric}</TableHeaderCell>
            <TableHeaderCell className={styles.valueHead}>{s.preview.value}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([metric, value]) => (
            <TableRow key={metric}>
              <TableCell>{metric}</TableCell>
              <TableCell className={styles.value}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
};

export default SummaryTable;
