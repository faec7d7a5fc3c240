import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowClockwise20Regular,
  DocumentTable20Regular,
  FolderOpen20Regular,
} from "@fluentui/react-icons";
import type { FC, Ref } from "react";
import { countBySeverity } from "../../analysis/issue";
import { useFormat, useStrings } from "../i18n";
import type { DataOverview } from "../../app/host";

export interface DataFoundCardProps {
  overview: DataOverview;
  /** Preview: the opened file's name. */
  workbookName?: string | null;
  /** Excel: look for the data again (e.g. after selecting the right table). */
  onRedetect?: () => void;
  /** Preview: go back to the start screen to open another file. */
  onOtherFile?: () => void;
  /** The heading "Gegevens gevonden" (tabIndex -1), to move focus to it. */
  headingRef?: Ref<HTMLHeadingElement>;
}

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  icon: { color: tokens.colorBrandForeground1 },
  source: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    // Terms may wrap, so long file names keep most of the width.
    gridTemplateColumns: "fit-content(45%) 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  footer: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** Step 1: what Netwerkmeter found (respondents, statements recognised, problems). */
const DataFoundCard: FC<DataFoundCardProps> = ({
  overview,
  workbookName,
  onRedetect,
  onOtherFile,
  headingRef,
}) => {
  const styles = useStyles();
  const s = useStrings();
  const format = useFormat();
  const counts = countBySeverity(overview.issues);
  const hasProblems = counts.error + counts.warning + counts.info > 0;

  return (
    <Card className={styles.card} aria-labelledby="data-found-title">
      <CardHeader
        image={<DocumentTable20Regular aria-hidden className={styles.icon} />}
        header={
          // Text (Subtitle2's size and weight) rather than Subtitle2, which takes no ref.
          <Text
            as="h2"
            size={400}
            weight="semibold"
            id="data-found-title"
            tabIndex={-1}
            ref={headingRef}
          >
            {s.data.title}
          </Text>
        }
        description={
          <Caption1 className={styles.source}>{s.data.source(overview.source)}</Caption1>
        }
      />
      <dl className={styles.facts}>
        {workbookName ? (
          <>
            <dt className={styles.term}>
              <Body1>{s.data.file}</Body1>
            </dt>
            <dd className={styles.value}>
              <Body1>{workbookName}</Body1>
            </dd>
          </>
        ) : null}
        <dt className={styles.term}>
          <Body1>{s.data.respondents}</Body1>
        </dt>
        <dd className={styles.value} data-testid="respondents">
          <Body1>{format.integer(overview.respondents)}</Body1>
        </dd>
        <dt className={styles.term}>
          <Body1>{s.data.items}</Body1>
        </dt>
        <dd className={styles.value} data-testid="items-recognised">
          <Body1>
            {s.data.itemsRecognised(overview.itemsRecognised, overview.itemsInCodebook)}
          </Body1>
        </dd>
        <dt className={styles.term}>
          <Body1>{s.data.codebook}</Body1>
        </dt>
        <dd className={styles.value}>
          <Body1>{overview.codebookName}</Body1>
        </dd>
        <dt className={styles.term}>
          <Body1>{s.data.problems}</Body1>
        </dt>
        <dd className={styles.value}>
          {hasProblems ? (
            <span className={styles.badges}>
              {counts.error > 0 ? (
                <Badge appearance="filled" color="danger">
                  {s.data.errors(counts.error)}
                </Badge>
              ) : null}
              {counts.warning > 0 ? (
                <Badge appearance="tint" color="warning">
                  {s.data.warnings(counts.warning)}
                </Badge>
              ) : null}
              {counts.info > 0 ? (
                <Badge appearance="tint" color="informative">
                  {s.data.infos(counts.info)}
                </Badge>
              ) : null}
            </span>
          ) : (
            <Body1>{s.data.noProblems}</Body1>
          )}
        </dd>
      </dl>
      <div className={styles.footer}>
        {onRedetect ? (
          <>
            <Button appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={onRedetect}>
              {s.data.redetect}
            </Button>
            <Caption1 className={styles.hint}>{s.data.redetectHint}</Caption1>
          </>
        ) : null}
        {onOtherFile ? (
          <Button appearance="subtle" icon={<FolderOpen20Regular />} onClick={onOtherFile}>
            {s.data.otherFile}
          </Button>
        ) : null}
      </div>
    </Card>
  );
};

export default DataFoundCard;
