import { Badge, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { DataBarVertical24Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";

/** The three parts of the task pane, one tab each. */
export type PaneView = "analyse" | "template" | "consolidate";

export interface HeaderProps {
  view: PaneView;
  onViewChange: (view: PaneView) => void;
  /** Shows the "browser preview" badge. */
  isPreview: boolean;
}

/** The id of a view's tab, for the tab panel's aria-labelledby. */
export const tabId = (view: PaneView) => `netwerkmeter-tab-${view}`;
export const PANEL_ID = "netwerkmeter-panel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    color: tokens.colorBrandForeground1,
  },
  name: { color: tokens.colorNeutralForeground1 },
  // Text-only tabs that wrap: three labels fit a 320 px task pane without scrolling sideways.
  tabs: { flexWrap: "wrap" },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

/** Title bar and the tabs Analyseren / Nieuw sjabloon / Samenvoegen. */
const Header: FC<HeaderProps> = ({ view, onViewChange, isPreview }) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <header className={styles.root}>
      <div className={styles.title}>
        <DataBarVertical24Regular aria-hidden />
        <Title3 as="h1" className={styles.name}>
          {s.app.title}
        </Title3>
        {isPreview ? (
          <Badge appearance="tint" color="informative">
            {s.app.previewBadge}
          </Badge>
        ) : null}
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_event, data) => onViewChange(data.value as PaneView)}
        aria-label={s.app.navLabel}
      >
        <Tab value="analyse" id={tabId("analyse")} aria-controls={PANEL_ID}>
          {s.app.tabAnalyse}
        </Tab>
        <Tab value="template" id={tabId("template")} aria-controls={PANEL_ID}>
          {s.app.tabTemplate}
        </Tab>
        <Tab value="consolidate" id={tabId("consolidate")} aria-controls={PANEL_ID}>
          {s.app.tabConsolidate}
        </Tab>
      </TabList>
    </header>
  );
};

export default Header;
