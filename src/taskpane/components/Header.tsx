import {
  Badge,
  Tab,
  TabList,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DataBarVertical24Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useStrings } from "../i18n";
import { visuallyHidden } from "./styles";

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

/** The tabs in their order, each with the key of its label in the strings. */
const PANE_VIEWS = [
  ["analyse", "tabAnalyse"],
  ["template", "tabTemplate"],
  ["consolidate", "tabConsolidate"],
] as const satisfies readonly (readonly [PaneView, string])[];

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
  // Text-only small tabs on one line: the three labels fit a 320 px task pane. They never wrap
  // (a wrapped tab row reads as two menus); a pane narrower still scrolls the row sideways.
  tabs: { flexWrap: "nowrap", overflowX: "auto", overflowY: "hidden" },
  tab: {
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  // Inside Excel the task pane's own title bar already says "Netwerkmeter": only the tabs.
  compact: { paddingTop: tokens.spacingVerticalXS },
  hidden: visuallyHidden,
});

/**
 * The tabs Analyseren / Nieuw sjabloon / Samenvoegen, under a title bar in the browser preview only
 * (inside Excel the pane's own title bar names the add-in).
 */
const Header: FC<HeaderProps> = ({ view, onViewChange, isPreview }) => {
  const styles = useStyles();
  const s = useStrings();
  return (
    <header className={isPreview ? styles.root : mergeClasses(styles.root, styles.compact)}>
      {isPreview ? (
        <div className={styles.title}>
          <DataBarVertical24Regular aria-hidden />
          <Title3 as="h1" className={styles.name}>
            {s.app.title}
          </Title3>
          <Badge appearance="tint" color="informative">
            {s.app.previewBadge}
          </Badge>
        </div>
      ) : (
        // The heading stays for screen readers and the page outline; Excel shows the title.
        <h1 className={styles.hidden}>{s.app.title}</h1>
      )}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={view}
        onTabSelect={(_event, data) => onViewChange(data.value as PaneView)}
        aria-label={s.app.navLabel}
      >
        {PANE_VIEWS.map(([value, label]) => (
          <Tab
            key={value}
            className={styles.tab}
            value={value}
            id={tabId(value)}
            aria-controls={PANEL_ID}
          >
            {s.app[label]}
          </Tab>
        ))}
      </TabList>
    </header>
  );
};

export default Header;
