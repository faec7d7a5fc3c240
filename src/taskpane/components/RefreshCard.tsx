import { Button } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import NoticeCard from "./NoticeCard";

export interface RefreshCardProps {
  onRefresh: () => void;
  /**
   * The options or the mapping in the form differ from the stored settings: Refresh would ignore
   * those changes, so the card says so and leaves the first place to "Analyse uitvoeren".
   */
  changed?: boolean;
}

/** Shown when the workbook holds the settings of an earlier run: one click reruns with them. */
const RefreshCard: FC<RefreshCardProps> = ({ onRefresh, changed = false }) => {
  const s = useStrings();
  return (
    <NoticeCard
      tone={changed ? "warning" : "brand"}
      title={s.refresh.title}
      message={changed ? s.refresh.changedMessage : s.refresh.message}
    >
      {changed ? (
        <Button icon={<ArrowSync20Regular />} onClick={onRefresh}>
          {s.refresh.buttonPrevious}
        </Button>
      ) : (
        <Button appearance="primary" size="large" icon={<ArrowSync20Regular />} onClick={onRefresh}>
          {s.refresh.button}
        </Button>
      )}
    </NoticeCard>
  );
};

export default RefreshCard;
