import { Button } from "@fluentui/react-components";
import { ArrowSync20Regular, Play20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import NoticeCard from "./NoticeCard";

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

/**
 * Asked instead of a plain Refresh when the analysis stored in the workbook read another sheet
 * than the data found now: refresh would analyse data the pane did not show. The data found comes
 * first ("what was found is what runs"); refreshing the old data stays possible, by choice.
 */
const OtherDataCard: FC<OtherDataCardProps> = ({ stored, found, formId, onRefreshStored }) => {
  const s = useStrings();
  return (
    <NoticeCard
      tone="warning"
      title={s.refresh.otherSheetTitle}
      message={s.refresh.otherSheet(stored, found)}
    >
      <Button appearance="primary" icon={<Play20Regular />} type="submit" form={formId}>
        {s.refresh.runFound(found)}
      </Button>
      <Button icon={<ArrowSync20Regular />} onClick={onRefreshStored}>
        {s.refresh.refreshStored(stored)}
      </Button>
    </NoticeCard>
  );
};

export default OtherDataCard;
