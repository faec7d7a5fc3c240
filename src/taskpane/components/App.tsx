import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";
import type { FC } from "react";
import { useCallback, useEffect, useState } from "react";
import { readFileBytes, saveBytes } from "../browserFiles";
import { useLanguage, useStrings } from "../i18n";
import { useNetwerkmeter } from "../useNetwerkmeter";
import { useIndicators } from "../useIndicators";
import { useTask, type Task } from "../useTask";
import { useEarlierWave } from "../useEarlierWave";
import { useFeedback } from "../useFeedback";
import type { NetwerkmeterHost } from "../../app/host";
import ComparePanel from "./ComparePanel";
import ConsolidatePanel from "./ConsolidatePanel";
import FeedbackPanel from "./FeedbackPanel";
import DownloadButton from "./DownloadButton";
import ErrorState from "./ErrorState";
import Header, { PANEL_ID, tabId, type PaneView } from "./Header";
import IndicatorPanel from "./IndicatorPanel";
import LanguageSwitch from "./LanguageSwitch";
import LiveRegion from "./LiveRegion";
import LoadingState from "./LoadingState";
import MonitoringTemplatePanel from "./MonitoringTemplatePanel";
import PreviewStart from "./PreviewStart";
import ReadyView from "./ReadyView";
import ResultsView from "./ResultsView";
import RunProgress from "./RunProgress";
import TemplatePanel from "./TemplatePanel";

export interface AppProps {
  /** Excel (Office.js) inside Excel, the ExcelJS preview in a browser, a fake in tests. */
  host: NetwerkmeterHost;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    // Spacing comes from the flex gaps of each view, not from the browser's default margins.
    "& h1, & h2, & h3, & p, & dl, & dd": { marginTop: 0, marginBottom: 0 },
  },
  main: {
    flexGrow: 1,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    maxWidth: "48rem",
    width: "100%",
    boxSizing: "border-box",
    alignSelf: "center",
  },
});

/**
 * The task pane: a header with three tabs, and under "Analyseren" the flow
 * (start → detecting → ready → running → done, or error) routed by state, no router
 * (office.js nulls history.pushState). All host calls go through `useNetwerkmeter` and `useTask`.
 */
const App: FC<AppProps> = ({ host }) => {
  const styles = useStyles();
  const s = useStrings();
  const language = useLanguage();
  const isPreview = host.kind === "preview";
  const flow = useNetwerkmeter(host, language);
  const { state } = flow;
  // An indicator workbook (an `Indicatoren` sheet) gets the indicator card instead (issue 8 §5).
  const indicators = useIndicators(host, language, state);
  const [view, setView] = useState<PaneView>("analyse");
  const [announcement, setAnnouncement] = useState("");
  // The view whose heading gets focus when it appears: set by the pane's buttons that replace the
  // view they sit in, never by what the pane shows on its own (that must not take focus).
  const [focusOnShow, setFocusOnShow] = useState<"ready" | "start" | null>(null);
  const backToOptions = () => {
    setFocusOnShow("ready");
    flow.backToOptions();
  };
  const closeFile = () => {
    setFocusOnShow("start");
    flow.close();
  };

  const template = useTask(() => host.insertTemplate(language));
  const consolidate = useTask(async (onProgress, files: File[]) => {
    const read = [];
    for (const file of files) read.push({ name: file.name, bytes: await readFileBytes(file) });
    return host.consolidate(read, onProgress);
  });
  const charts = useTask(() => host.insertCharts());
  const { editOptions } = flow;
  const earlierWave = useEarlierWave(host, state.workbookName, (compare) =>
    editOptions({ compare })
  );
  const feedback = useFeedback(host);
  const downloadOf = (which: "analysis" | "template" | "consolidation") => async () => {
    if (!host.downloadWorkbook) throw new Error("This host has no workbook to download.");
    const { name, bytes } = await host.downloadWorkbook(which);
    saveBytes(name, bytes);
  };
  const download = useTask(downloadOf("analysis"));
  const downloadTemplate = useTask(downloadOf("template"));
  const downloadConsolidation = useTask(downloadOf("consolidation"));
  /** Preview: the download of a workbook the host made (inside Excel it is in the open workbook). */
  const downloadButton = (task: Task<[], void>, label?: string) =>
    isPreview ? (
      <DownloadButton task={task.state} onDownload={() => void task.start()} label={label} />
    ) : null;

  const selectCell = useCallback(
    (sheet: string, cell: string) => {
      // A cell that no longer exists is not worth an error screen; Excel simply stays put.
      host.selectCell(sheet, cell).catch(() => undefined);
    },
    [host]
  );

  // Status news for screen readers (errors go to the assertive region below): what the screen
  // shows, so not "0 respondenten" for an indicator workbook (its card) or one without answers.
  const indicatorPhase = indicators.phase;
  const indicatorOverview = indicators.overview;
  useEffect(() => {
    if (state.status === "detecting") setAnnouncement(s.announce.detecting);
    else if (state.status === "ready" && state.overview) {
      // Still looking for an indicator framework: the pane shows "Antwoorden zoeken…" still.
      if (indicatorPhase === "checking") return;
      if (indicatorPhase === "found" && indicatorOverview)
        setAnnouncement(
          s.announce.indicatorsFound(
            s.indicators.facts(
              indicatorOverview.indicators,
              indicatorOverview.units.length,
              indicatorOverview.measurements
            )
          )
        );
      else if (state.overview.respondents === 0) setAnnouncement(s.announce.noData);
      else setAnnouncement(s.announce.ready(state.overview.respondents));
    } else if (state.status === "running") setAnnouncement(s.announce.running);
    else if (state.status === "done") setAnnouncement(s.announce.done);
  }, [state.status, state.overview, indicatorPhase, indicatorOverview, s]);
  useEffect(() => {
    if (template.state.status === "done" && template.state.result)
      setAnnouncement(s.template.inserted(template.state.result.join(", ")));
  }, [template.state, s]);
  useEffect(() => {
    const r = consolidate.state.result;
    if (consolidate.state.status === "done" && r)
      setAnnouncement(s.consolidate.done(r.filesConsolidated, r.filesRead, r.respondents, r.sheet));
  }, [consolidate.state, s]);

  const errorText =
    state.status === "error" && state.error
      ? errorTitle(state.error.step)
      : template.state.status === "error"
        ? s.template.failed
        : consolidate.state.status === "error"
          ? s.consolidate.failed
          : charts.state.status === "error"
            ? s.charts.failed
            : "";

  function errorTitle(step: "open" | "detect" | "run" | "refresh"): string {
    const known = step === "open" ? s.errors.openByCode[state.error?.code ?? ""] : undefined;
    if (known) return known.title;
    return {
      open: s.errors.openTitle,
      detect: s.errors.detectTitle,
      run: s.errors.runTitle,
      refresh: s.errors.refreshTitle,
    }[step];
  }

  /** The indicator card, or null for a survey workbook (then the survey's views show). */
  function indicatorView() {
    if (indicators.phase === "checking")
      return <LoadingState label={s.loading.detecting} hint={s.loading.detectingHint} />;
    if (indicators.phase !== "found" || state.status === "start" || state.status === "opening")
      return null;
    return (
      <IndicatorPanel
        flow={indicators}
        where={{ isPreview, workbookName: state.workbookName, onSelectCell: selectCell }}
        onOtherFile={isPreview ? closeFile : undefined}
        download={downloadButton(download)}
      />
    );
  }

  function analyse() {
    switch (state.status) {
      case "start":
        return (
          <PreviewStart
            onOpenFile={flow.openFile}
            onOpenExample={flow.openExample}
            focusHeading={focusOnShow === "start"}
          />
        );
      case "opening":
        return <LoadingState label={s.loading.opening(state.workbookName ?? "")} />;
      case "detecting":
        return <LoadingState label={s.loading.detecting} hint={s.loading.detectingHint} />;
      case "running":
        return (
          <RunProgress
            kind={state.running?.kind ?? "run"}
            fraction={state.running?.fraction ?? 0}
            label={state.running?.label ?? ""}
          />
        );
      case "error": {
        const step = state.error?.step ?? "detect";
        const afterRun = step === "run" || step === "refresh";
        // A file that cannot be read fails the same way again: choosing another file comes first,
        // and there is no "retry" for a cause the pane knows (empty, not a workbook, …).
        const known = step === "open" ? s.errors.openByCode[state.error?.code ?? ""] : undefined;
        const otherFile = isPreview && !afterRun;
        return (
          <ErrorState
            title={known?.title ?? errorTitle(step)}
            message={
              known?.message ??
              (afterRun
                ? s.errors.runMessage
                : step === "open"
                  ? s.errors.openMessage
                  : s.errors.detectMessage)
            }
            // A known cause is said in the title and advice; the reader's own wording (made for
            // the command line, which also takes CSV) would only contradict the picker.
            detail={known ? undefined : state.error?.message}
            primary={
              otherFile ? (
                <Button appearance="primary" icon={<FolderOpen20Regular />} onClick={closeFile}>
                  {s.errors.backToStart}
                </Button>
              ) : undefined
            }
            onRetry={known ? undefined : flow.retry}
            secondary={
              afterRun && state.overview ? (
                <Button onClick={backToOptions}>{s.errors.backToOptions}</Button>
              ) : null
            }
          />
        );
      }
      case "done":
        return state.summary ? (
          <ResultsView
            summary={state.summary}
            isPreview={isPreview}
            workbookName={state.workbookName}
            charts={charts.state}
            onInsertCharts={() => void charts.start()}
            download={download.state}
            onDownload={() => void download.start()}
            onRefresh={flow.refresh}
            onBackToOptions={backToOptions}
            onSelectCell={selectCell}
          />
        ) : null;
      case "ready": {
        const backgroundColumns = (state.overview?.mapping ?? [])
          .filter((row) => row.kind === "background")
          .map((row) => row.header);
        return state.overview ? (
          <ReadyView
            overview={state.overview}
            stored={state.stored}
            draft={state.draft}
            mapping={state.mapping}
            workbookName={state.workbookName}
            isPreview={isPreview}
            onRedetect={flow.detect}
            onOtherFile={closeFile}
            focusHeading={focusOnShow === "ready"}
            onNewTemplate={() => setView("template")}
            onRefresh={flow.refresh}
            onEditOptions={flow.editOptions}
            onMapColumn={flow.mapColumn}
            onResetMapping={flow.resetMapping}
            onRun={flow.run}
            onSelectCell={selectCell}
            compare={
              host.chooseEarlierWave ? (
                <ComparePanel
                  wave={earlierWave}
                  draft={state.draft.compare ?? null}
                  columns={backgroundColumns}
                  onChange={(compare) => editOptions({ compare })}
                />
              ) : null
            }
            feedbackTitle={s.feedback.title}
            feedback={
              host.feedbackOutputs ? (
                <FeedbackPanel
                  feedback={feedback}
                  outputs={host.feedbackOutputs()}
                  columns={backgroundColumns}
                  groupColumns={state.overview.groupColumns}
                  compareLabel={
                    earlierWave.held
                      ? state.draft.compare?.label || earlierWave.held.file
                      : undefined
                  }
                  language={language}
                />
              ) : null
            }
          />
        ) : null;
      }
    }
  }

  return (
    <div className={styles.root}>
      <Header view={view} onViewChange={setView} isPreview={isPreview} />
      <main className={styles.main}>
        <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(view)}>
          {view === "analyse" ? (indicatorView() ?? analyse()) : null}
          {view === "template" && indicators.overview ? (
            <MonitoringTemplatePanel
              overview={indicators.overview}
              task={indicators.template}
              onMake={indicators.makeTemplate}
              onSave={(file) => saveBytes(file.name, file.bytes)}
              isPreview={isPreview}
            />
          ) : null}
          {view === "template" ? (
            <TemplatePanel
              task={template.state}
              onInsert={() => void template.start()}
              newWorkbook={isPreview}
              openedFile={state.workbookName}
              download={downloadButton(downloadTemplate, s.common.downloadTemplate)}
            />
          ) : null}
          {view === "consolidate" ? (
            <ConsolidatePanel
              task={consolidate.state}
              onConsolidate={(files) => void consolidate.start(files)}
              onAnalyse={() => {
                setView("analyse");
                const made = consolidate.state.result?.workbook;
                if (isPreview && made && host.downloadWorkbook) {
                  // The preview analyses a copy of the new workbook: what was found is what runs.
                  const load = host.downloadWorkbook.bind(host, "consolidation");
                  flow.openFrom(made, async () => (await load()).bytes);
                } else flow.detect();
              }}
              onSelectCell={isPreview ? undefined : selectCell}
              download={downloadButton(downloadConsolidation, s.common.downloadConsolidation)}
            />
          ) : null}
        </div>
      </main>
      <LanguageSwitch />
      <LiveRegion polite={announcement} assertive={errorText} />
    </div>
  );
};

export default App;
