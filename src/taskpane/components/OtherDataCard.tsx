import { Body1, Button, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync20Regular, Play20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";

export interface OtherDataCardProps {
  /** Where the stored analysis read its data ("werkblad Antwoorden"). */
  stored: string;
  /** Where detect found the data now ("werkblad Antwoorden 2"). */
  found: string;
  /** The options form: "Analyseer …" submits it, so invalid options are shown, not skipped. */
  formId: string;
  /** Refreshes the stored analysis anyway (its own data). */
  onRefreshStored: () => void;
}

const useStyles = makeStyles({
  card: {
    rowGap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  text: { color: tokens.colorNeutralForeground1, overflowWrap: "anywhere" },
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/**
 * Asked instead of a plain Refresh when the analysis stored in the workbook read another sheet
 * than the data found now: refresh would analyse data the pane did not show. The data found comes
 * first ("what was found is what runs"); refreshing the old data stays possible, by choice.
 */
const OtherDataCard: FC<OtherDataCardProps> = ({ stored, found, formId, onRefreshStored }) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <Card className={styles.card} aria-labelledby="other-data-title">
      <Subtitle2 as="h2" id="other-data-title">
        {s.refresh.otherSheetTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {s.refresh.otherSheet(stored, found)}
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Play20Regular />} type="submit" form={formId}>
          {s.refresh.runFound(found)}
        </Button>
        <Button icon={<ArrowSync20Regular />} onClick={onRefreshStored}>
          {s.refresh.refreshStored(stored)}
        </Button>
      </div>
    </Card>
  );
};

export default OtherDataCard;
