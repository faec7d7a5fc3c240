import { Button } from "@fluentui/react-components";
import { ArrowSync20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import NoticeCard from "./NoticeCard";

export interface RefreshCardProps {
  onRefresh: () => void;
}

/** Shown when the workbook holds the settings of an earlier run: one click reruns with them. */
const RefreshCard: FC<RefreshCardProps> = ({ onRefresh }) => {
  const s = useStrings();
  return (
    <NoticeCard tone="brand" title={s.refresh.title} message={s.refresh.message}>
      <Button appearance="primary" size="large" icon={<ArrowSync20Regular />} onClick={onRefresh}>
        {s.refresh.button}
      </Button>
    </NoticeCard>
  );
};

export default RefreshCard;
