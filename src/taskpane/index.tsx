/**
 * Task-pane entry point (webpack entry "taskpane", page dist/taskpane.html).
 *
 * Waits for office.js, picks the language (the user's remembered choice, else Office's display
 * language inside Excel, the browser's in the preview) and the host, then renders <App> with a
 * language switch. The hosts are loaded with dynamic import() so
 * each is its own chunk: the Excel host (Office.js adapter) inside Excel, the preview host (ExcelJS,
 * much larger) only in a plain browser. When office.js did not load at all (offline, or the page
 * opened outside Office without the CDN), `Office` is undefined and the preview starts at once.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FC, ReactNode } from "react";
import { useCallback, useEffect, useState } from "react";
import { browserStorage, storedLanguage, storeLanguage } from "./languagePreference";
import App from "./components/App";
import ErrorState from "./components/ErrorState";
import LoadingState from "./components/LoadingState";
import {
  LanguageChangeProvider,
  LanguageProvider,
  nl,
  en,
  pickLanguage,
  type Language,
} from "./i18n";
import type { NetwerkmeterHost } from "../app/host";

const container = document.getElementById("container");
if (!container) {
  throw new Error('taskpane.html has no element with id "container".');
}
const root = createRoot(container);

function render(language: Language, children: ReactNode): void {
  document.documentElement.lang = language;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={language}>{children}</LanguageProvider>
    </FluentProvider>
  );
}

/**
 * The running pane with its language switch: a choice is remembered per user (localStorage) and
 * re-renders the pane in place, keeping the open workbook and the flow's state.
 */
const Root: FC<{ initial: Language; host: NetwerkmeterHost }> = ({ initial, host }) => {
  const [language, setLanguage] = useState<Language>(initial);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const change = useCallback((next: Language) => {
    storeLanguage(browserStorage(), next);
    setLanguage(next);
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider value={language}>
        <LanguageChangeProvider value={change}>
          <App host={host} />
        </LanguageChangeProvider>
      </LanguageProvider>
    </FluentProvider>
  );
};

/** The Excel host inside Excel, the browser preview host everywhere else. */
async function loadHost(officeHost: string | null, language: Language): Promise<NetwerkmeterHost> {
  if (officeHost === "Excel") {
    const { createExcelHost } = await import(
      /* webpackChunkName: "taskpane-excel-host" */ "./hosts/excelHost"
    );
    return createExcelHost({ language });
  }
  const { createPreviewHost } = await import(
    /* webpackChunkName: "taskpane-preview-host" */ "./hosts/previewHost"
  );
  return createPreviewHost({ language });
}

async function start(officeHost: string | null, languageTag: string | null | undefined) {
  const language = storedLanguage(browserStorage()) ?? pickLanguage(languageTag);
  const strings = language === "en" ? en : nl;
  render(language, <LoadingState label={strings.app.starting} />);
  try {
    const host = await loadHost(officeHost, language);
    document.documentElement.lang = language;
    root.render(<Root initial={language} host={host} />);
  } catch (error) {
    render(
      language,
      <ErrorState
        title={strings.app.startFailedTitle}
        message={strings.app.startFailedMessage}
        detail={error instanceof Error ? error.message : String(error)}
        onRetry={() => window.location.reload()}
      />
    );
  }
}

const browserLanguage = typeof navigator === "undefined" ? null : navigator.language;

if (typeof Office === "undefined") {
  void start(null, browserLanguage);
} else {
  // Outside Office, onReady still resolves, with host null. At run time Office.HostType values are
  // strings ("Excel"); the typings declare a plain enum, hence String().
  Office.onReady((info) => {
    const officeHost = info.host == null ? null : String(info.host);
    const tag = officeHost === "Excel" ? Office.context?.displayLanguage : browserLanguage;
    void start(officeHost, tag);
  });
}
