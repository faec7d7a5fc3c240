import {
  Badge,
  Body1,
  Button,
  Caption1,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useMemo } from "react";
import { useStrings } from "../i18n";
import { effectiveItem } from "../runOptions";
import type { DataOverview } from "../../app/host";

export interface MappingReviewProps {
  overview: DataOverview;
  /** The user's changes: header → item id, or null for "no statement". */
  mapping: Record<string, string | null>;
  onChange: (header: string, itemId: string | null) => void;
  onReset: () => void;
}

const NO_ITEM = "";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground2 },
  table: { tableLayout: "fixed", width: "100%" },
  columnCol: { width: "42%" },
  cell: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  column: { display: "flex", flexDirection: "column", minWidth: 0 },
  header: { overflowWrap: "anywhere" },
  letter: { fontWeight: tokens.fontWeightSemibold },
  status: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  kind: { color: tokens.colorNeutralForeground3 },
  select: { width: "100%", minWidth: 0 },
  duplicate: { color: tokens.colorPaletteDarkOrangeForeground1 },
  reset: { alignSelf: "flex-start" },
});

/** Trims a statement for the dropdown; the full text is in the option's title. */
function short(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Step 2: every column with the statement it was linked to. Each link can be changed (or set to
 * "no statement"); a badge under the header says whether it was automatic, chosen earlier, or
 * changed now. Two columns, so the statement picker keeps its width in a 320 px task pane.
 * A native select per row keeps 70+ rows light and works with every keyboard and screen reader.
 */
const MappingReview: FC<MappingReviewProps> = ({ overview, mapping, onChange, onReset }) => {
  const styles = useStyles();
  const s = useStrings();

  const items = useMemo(() => {
    const known = new Map(overview.codebookItems.map((item) => [item.id, item.label]));
    // A detected item missing from the list (should not happen) still needs an option.
    for (const row of overview.mapping) {
      if (row.itemId && !known.has(row.itemId)) known.set(row.itemId, row.itemId);
    }
    return [...known.entries()];
  }, [overview]);

  const rows = overview.mapping.map((row) => ({ row, item: effectiveItem(row, mapping) }));
  const columnsByItem = new Map<string, string[]>();
  for (const { row, item } of rows) {
    if (item) columnsByItem.set(item, [...(columnsByItem.get(item) ?? []), row.column]);
  }
  const changed = Object.keys(mapping).length > 0;

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.intro}>
        {s.mapping.intro}
      </Body1>
      <Table size="small" className={styles.table} aria-label={s.mapping.tableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.columnCol}>{s.mapping.column}</TableHeaderCell>
            <TableHeaderCell>{s.mapping.item}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ row, item }) => {
            const isChanged = item !== (row.itemId ?? null);
            const others = item
              ? (columnsByItem.get(item) ?? []).filter((column) => column !== row.column)
              : [];
            const duplicateId = `mapping-duplicate-${row.column}`;
            return (
              <TableRow key={row.column}>
                <TableCell className={styles.cell}>
                  <span className={styles.column}>
                    <Body1 className={styles.header}>
                      <span className={styles.letter}>{row.column}</span> {row.header}
                    </Body1>
                    <span className={styles.status}>
                      <Caption1 className={styles.kind}>
                        {item ? s.mapping.kindItem : s.mapping.kindBackground}
                      </Caption1>
                      {isChanged ? (
                        <Badge size="small" appearance="filled" color="brand">
                          {s.mapping.changed}
                        </Badge>
                      ) : row.automatic ? (
                        <Badge size="small" appearance="tint" color="subtle">
                          {s.mapping.automatic}
                        </Badge>
                      ) : (
                        <Badge size="small" appearance="tint" color="informative">
                          {s.mapping.chosen}
                        </Badge>
                      )}
                    </span>
                  </span>
                </TableCell>
                <TableCell className={styles.cell}>
                  <Select
                    className={styles.select}
                    size="small"
                    value={item ?? NO_ITEM}
                    aria-label={s.mapping.selectLabel(row.column, row.header)}
                    aria-describedby={others.length > 0 ? duplicateId : undefined}
                    onChange={(_event, data) =>
                      onChange(row.header, data.value === NO_ITEM ? null : data.value)
                    }
                  >
                    <option value={NO_ITEM}>{s.mapping.noItem}</option>
                    {items.map(([id, label]) => (
                      <option key={id} value={id} title={`${id}: ${label}`}>
                        {short(`${id}: ${label}`)}
                      </option>
                    ))}
                  </Select>
                  {others.length > 0 ? (
                    <Caption1 id={duplicateId} className={styles.duplicate}>
                      {s.mapping.duplicate(others.join(", "))}
                    </Caption1>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {changed ? (
        <Button
          className={styles.reset}
          appearance="subtle"
          icon={<ArrowUndo20Regular />}
          onClick={onReset}
        >
          {s.mapping.reset}
        </Button>
      ) : null}
    </div>
  );
};

export default MappingReview;
