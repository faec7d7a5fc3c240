import { Body1, Caption1, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { DataBarVertical24Regular } from "@fluentui/react-icons";
import type { FC } from "react";

export interface AppProps {
  /** `Office.HostType` reported by `Office.onReady` ("Excel" inside Excel), or null outside Office. */
  host: string | null;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorBrandForeground1,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

/** Placeholder task pane: the real one (analysis, refresh, settings) comes in a later issue. */
const App: FC<AppProps> = ({ host }) => {
  const styles = useStyles();
  const inExcel = host === "Excel";

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <DataBarVertical24Regular aria-hidden />
        <Title2 as="h1">Netwerkmeter</Title2>
      </header>
      <Body1 as="p">
        Het taakvenster van Netwerkmeter komt eraan. Hier analyseer je straks de antwoorden uit de
        werkboeken van netwerkcoördinatoren: indicatortabellen, scores en grafieken.
      </Body1>
      {inExcel ? null : (
        <Caption1 as="p" role="status" className={styles.note}>
          Netwerkmeter draait nu niet in Excel. Een voorbeeldweergave in de browser volgt; open de
          invoegtoepassing in Excel om ermee te werken.
        </Caption1>
      )}
    </main>
  );
};

export default App;
