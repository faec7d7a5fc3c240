/**
 * Issue 10's journey in the production build, in Debian's Chromium at task-pane size (360 × 640):
 * example → run → "Download resultaat" visible without scrolling; a bad file gets its own message;
 * a consolidation never touches the example; a refresh never analyses another sheet than the one
 * found without asking; Tab reaches every control and focus is never lost; at 320 px nothing
 * wraps or scrolls sideways.
 *
 * axe (axe-core, injected into the page) scans the ready view and the results at 360 × 640: no
 * violations, except Fluent's known focus-guard false positive (tabster's aria-hidden dummy
 * elements with tabindex 0 trip `aria-hidden-focus`; they are not controls), excluded by selector.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { fillWithExcelJS, makeTemplate } from "../unit/template/fillTemplate";
import {
  ARTIFACTS,
  describeInChromium,
  launchChromium,
  openTaskPane,
  screenshot,
  serveBuild,
} from "./harness";

const OFFICE_OUTSIDE_OFFICE = `
window.Office = {
  onReady: function (callback) {
    return Promise.resolve({ host: null, platform: null }).then(function (info) {
      if (callback) callback(info);
      return info;
    });
  },
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "nl-NL" },
};`;

const PANE = { width: 360, height: 640 };

/** True when the element is entirely inside the viewport, without scrolling. */
async function inViewport(page: Page, selector: ReturnType<Page["getByRole"]>): Promise<boolean> {
  const box = await selector.boundingBox();
  const scroll = await page.evaluate(() => window.scrollY);
  if (!box) return false;
  return (
    scroll === 0 &&
    box.y >= 0 &&
    box.y + box.height <= PANE.height &&
    box.x + box.width <= PANE.width
  );
}

/**
 * axe-core's violations on the page. Fluent's focus guards (`[data-tabster-dummy]`: zero-size,
 * aria-hidden, they pass focus on at once) are the known false positive of `aria-hidden-focus`,
 * so they are excluded by selector (the rule itself stays on for everything else).
 */
async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] }
    )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
    return result.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
}

async function fixture(name: string, bytes: Uint8Array | Buffer): Promise<string> {
  const file = path.join(ARTIFACTS, "fixtures", name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

async function workbookFile(name: string, build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return fixture(name, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describeInChromium("issue 10 journey at 360 × 640 (production build, Chromium)", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuild>>;

  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function pane(viewport = PANE) {
    const opened = await openTaskPane(browser, {
      origin: server.origin,
      officeJs: OFFICE_OUTSIDE_OFFICE,
      viewport,
    });
    await opened.page.goto(`${server.origin}/taskpane.html`);
    await opened.page.getByRole("button", { name: "Probeer met het voorbeeld" }).waitFor();
    return opened;
  }

  test("example → run → Download visible without scrolling; the download is the example plus reports", async () => {
    const { context, page, errors } = await pane();
    try {
      await page.getByRole("button", { name: "Probeer met het voorbeeld" }).click();
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();
      // The run button is sticky: in view at the bottom of the pane without scrolling.
      const run = page.getByRole("button", { name: "Analyse uitvoeren" });
      await expect(inViewport(page, run)).resolves.toBe(true);
      await screenshot(page, "journey-1-ready-360");
      await expect(axeViolations(page)).resolves.toEqual([]);
      await run.click();
      await page.getByRole("heading", { name: "Resultaat", exact: true }).waitFor();
      const download = page.getByRole("button", { name: "Download resultaat" });
      await expect(inViewport(page, download)).resolves.toBe(true);
      await expect(page.getByRole("button", { name: "Vernieuwen" }).count()).resolves.toBe(0);
      await page.getByText(/uw eigen bestand blijft zoals het was/).waitFor();
      await screenshot(page, "journey-2-results-360");
      await expect(axeViolations(page)).resolves.toEqual([]);
      const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
      expect(file.suggestedFilename()).toBe("coordinatoren-demos-netwerkmeter.xlsx");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a bad file gets its own message and 'Ander bestand kiezen' first", async () => {
    const empty = await fixture("leeg.xlsx", new Uint8Array(0));
    const text = await fixture("notities.xlsx", Buffer.from("Dit is gewoon tekst.\n", "utf8"));
    const blank = await workbookFile("lege-werkmap.xlsx", (workbook) => {
      workbook.addWorksheet("Blad1");
    });
    const { context, page } = await pane();
    try {
      for (const [file, title] of [
        [empty, "Dit bestand is leeg (0 bytes)"],
        [text, "Dit is geen Excel-werkmap"],
        [blank, "Deze werkmap is leeg"],
      ] as const) {
        await page.getByLabel("Excel-bestand met antwoorden (.xlsx)").setInputFiles(file);
        await page.getByRole("heading", { name: title }).waitFor();
        const first = page.getByRole("button", { name: "Ander bestand kiezen" });
        await expect(first.isVisible()).resolves.toBe(true);
        await expect(page.getByRole("button", { name: "Opnieuw proberen" }).count()).resolves.toBe(
          0
        );
        await expect(page.locator("main").innerText()).resolves.not.toMatch(/CSV/);
        await screenshot(page, `journey-3-${path.basename(file, ".xlsx")}`);
        await first.click();
        await page.getByRole("button", { name: "Probeer met het voorbeeld" }).waitFor();
      }
    } finally {
      await context.close();
    }
  });

  test("consolidation in the preview never touches the example", async () => {
    const template = await makeTemplate("nl");
    const filled = await Promise.all(
      ["Netwerk Aalst", "Netwerk Lier"].map((name, i) =>
        fillWithExcelJS(template, {
          profile: { name },
          answers: { VIS_01: "Akkoord", VIS_02: i + 1 },
          comments: { VIS_01: "=1+1 blijft tekst" },
        })
      )
    );
    const files = await Promise.all(
      filled.map((bytes, i) => fixture(`netwerk-${i + 1}.xlsx`, Buffer.from(bytes)))
    );
    const { context, page, errors } = await pane();
    try {
      await page.getByRole("button", { name: "Probeer met het voorbeeld" }).click();
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();

      await page.getByRole("tab", { name: "Samenvoegen" }).click();
      await page.getByLabel("Teruggestuurde werkmappen (.xlsx)").setInputFiles(files);
      await page.getByRole("button", { name: "Samenvoegen", exact: true }).last().click();
      await page.getByText(/in een nieuwe werkmap \(samengevoegde-antwoorden\.xlsx\)/).waitFor();
      const [consolidated] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download samengevoegde antwoorden" }).click(),
      ]);
      expect(consolidated.suggestedFilename()).toBe("samengevoegde-antwoorden.xlsx");
      const consolidatedPath = path.join(ARTIFACTS, "journey-consolidated.xlsx");
      await consolidated.saveAs(consolidatedPath);
      const made = new ExcelJS.Workbook();
      await made.xlsx.readFile(consolidatedPath);
      expect(made.worksheets.map((sheet) => sheet.name)).toEqual(["Antwoorden", "Codeboek"]);
      expect(made.getWorksheet("Antwoorden")!.actualRowCount).toBe(3);

      // The example is as it was: back on Analyseren, its download has no consolidated sheet.
      await page.getByRole("tab", { name: "Analyseren" }).click();
      const [example] = await Promise.all([
        page.waitForEvent("download"),
        (async () => {
          await page.getByRole("button", { name: "Analyse uitvoeren" }).click();
          await page.getByRole("button", { name: "Download resultaat" }).click();
        })(),
      ]);
      const examplePath = path.join(ARTIFACTS, "journey-example.xlsx");
      await example.saveAs(examplePath);
      const exampleBook = new ExcelJS.Workbook();
      await exampleBook.xlsx.readFile(examplePath);
      const names = exampleBook.worksheets.map((sheet) => sheet.name);
      expect(names).not.toContain("Antwoorden 2");
      expect(exampleBook.getWorksheet("Antwoorden")!.actualRowCount).toBe(78);

      // "Analyseer deze antwoorden" analyses the consolidated answers: 2 networks.
      await page.getByRole("tab", { name: "Samenvoegen" }).click();
      await page.getByRole("button", { name: "Analyseer deze antwoorden" }).click();
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();
      await expect(page.getByTestId("respondents").innerText()).resolves.toBe("2");
      await screenshot(page, "journey-4-consolidated");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("refresh never analyses another sheet than the one found without asking", async () => {
    // A result workbook (stored analysis of 'Antwoorden', 77 networks) with a new sheet of 2.
    const result = new ExcelJS.Workbook();
    await result.xlsx.readFile(path.join(ARTIFACTS, "journey-example.xlsx"));
    const answers = result.getWorksheet("Antwoorden")!;
    const extra = result.addWorksheet("Antwoorden 2");
    for (const row of [1, 2, 3])
      extra.addRow((answers.getRow(row).values as ExcelJS.CellValue[]).slice(1));
    result.views = [
      {
        ...(result.views?.[0] ?? {}),
        activeTab: result.worksheets.indexOf(extra),
      } as ExcelJS.WorkbookView,
    ];
    const file = await fixture("twee-bladen.xlsx", Buffer.from(await result.xlsx.writeBuffer()));

    const { context, page, errors } = await pane();
    try {
      await page.getByLabel("Excel-bestand met antwoorden (.xlsx)").setInputFiles(file);
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();
      await expect(page.getByTestId("respondents").innerText()).resolves.toBe("2");
      await page
        .getByRole("heading", { name: "Andere gegevens dan bij de vorige analyse" })
        .waitFor();
      await expect(
        page.getByRole("button", { name: "Vernieuwen", exact: true }).count()
      ).resolves.toBe(0);
      await screenshot(page, "journey-5-other-sheet");
      await page.getByRole("button", { name: "Analyseer werkblad Antwoorden 2" }).click();
      await page.getByRole("heading", { name: "Resultaat", exact: true }).waitFor();
      await expect(page.getByTestId("response-rate").innerText()).resolves.toMatch(/^2 /);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("Tab reaches every control and focus is never lost; 320 px: tabs on one line, no sideways scroll", async () => {
    const { context, page } = await pane({ width: 320, height: 640 });
    try {
      await page.getByRole("button", { name: "Probeer met het voorbeeld" }).click();
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();
      await page.getByRole("button", { name: "Meer opties" }).click();

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const tabTops = await page
        .getByRole("tab")
        .evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
      expect(new Set(tabTops).size).toBe(1);

      // Every control that Tab should reach (roving tabs: the selected tab stands for the list).
      const expected = await page.evaluate(() => {
        const all = Array.from(
          document.querySelectorAll<HTMLElement>(
            'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])'
          )
        ).filter((element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return (
            !(element as HTMLButtonElement).disabled &&
            element.getAttribute("tabindex") !== "-1" &&
            style.visibility !== "hidden" &&
            box.width > 0 &&
            box.height > 0 &&
            !element.closest("[inert]") &&
            !(element.getAttribute("type") === "file") &&
            // Fluent's focus guards (tabster "dummy" elements: aria-hidden, zero-size, they pass
            // focus on at once): the known false positive of accessibility scans, not controls.
            !element.hasAttribute("data-tabster-dummy") &&
            // Roving focus by design: one Tab stop per tab list (the selected tab; arrow keys move
            // between tabs) and per radio group (the checked radio; arrow keys change it).
            !(
              element.getAttribute("role") === "tab" &&
              element.getAttribute("aria-selected") !== "true"
            ) &&
            !(
              element instanceof HTMLInputElement &&
              element.type === "radio" &&
              !element.checked &&
              document.querySelector(`input[type=radio][name="${element.name}"]:checked`) !== null
            )
          );
        });
        all.forEach((element, index) => element.setAttribute("data-tab-check", String(index)));
        return all.length;
      });
      const reached = new Set<string>();
      const obscured: string[] = [];
      let lost = 0;
      await page.locator("body").click({ position: { x: 1, y: 1 } });
      for (let step = 0; step < expected + 20; step += 1) {
        await page.keyboard.press("Tab");
        const { id, under } = await page.evaluate(() => {
          const active = document.activeElement;
          if (!active || active === document.body) return { id: null, under: null };
          // A focused control is never hidden under the sticky run bar (WCAG 2.4.11).
          const run = Array.from(document.querySelectorAll("button")).find(
            (button) => button.textContent === "Analyse uitvoeren"
          );
          const bar = run?.parentElement?.getBoundingClientRect();
          const box = active.getBoundingClientRect();
          const hidden =
            bar !== undefined &&
            !run!.parentElement!.contains(active) &&
            box.height > 0 &&
            box.bottom > bar.top + 1 &&
            box.top < bar.bottom;
          return {
            id: active.closest("[data-tab-check]")?.getAttribute("data-tab-check") ?? "other",
            under: hidden ? active.outerHTML.slice(0, 80) : null,
          };
        });
        if (id === null) lost += 1;
        else reached.add(id);
        if (under) obscured.push(under);
      }
      expect(obscured).toEqual([]);
      const missed = await page.evaluate(
        (seen) =>
          Array.from(document.querySelectorAll<HTMLElement>("[data-tab-check]"))
            .filter((element) => !seen.includes(element.getAttribute("data-tab-check")!))
            .map((element) => element.outerHTML.slice(0, 120)),
        [...reached]
      );
      expect(missed).toEqual([]);
      // The tab list: arrow keys move between the tabs (and focus stays on a tab).
      await page.getByRole("tab", { name: "Analyseren" }).focus();
      await page.keyboard.press("ArrowRight");
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
        "netwerkmeter-tab-template"
      );
      // Focus leaves the page once per cycle (to the browser's own UI); never more than that.
      expect(lost).toBeLessThanOrEqual(2);
      await screenshot(page, "journey-6-320");
    } finally {
      await context.close();
    }
  });
  test("320 px after a run: the results (charts and their data tables included) never scroll sideways", async () => {
    const { context, page, errors } = await pane({ width: 320, height: 640 });
    try {
      await page.getByRole("button", { name: "Probeer met het voorbeeld" }).click();
      await page.getByRole("button", { name: "Analyse uitvoeren" }).click();
      await page.getByRole("heading", { name: "Resultaat", exact: true }).waitFor();
      // The lazily loaded charts, each with its data table for screen readers.
      const charts = page.getByTestId("result-charts");
      await charts.locator("figure table").first().waitFor({ state: "attached" });
      await charts.locator("figure svg").first().waitFor();
      const width = await page.evaluate(() => ({
        document: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      }));
      expect(width.document).toBeLessThanOrEqual(width.viewport);
      // The data tables stay readable by screen readers (hidden for the eye only).
      await expect(
        page
          .getByRole("table", { name: "Gegevens van de grafiek Cronbach's alfa per schaal" })
          .count()
      ).resolves.toBe(1);
      await screenshot(page, "journey-7-results-320");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an indicator workbook: the indicator card, a run by year, the report downloaded, a monitoring template", async () => {
    const monitoring = path.resolve(
      __dirname,
      "..",
      "..",
      "examples",
      "monitoring-wijdoenmee.xlsx"
    );
    const { context, page, errors } = await pane();
    try {
      await page.getByLabel("Excel-bestand met antwoorden (.xlsx)").setInputFiles(monitoring);
      await page.getByRole("heading", { name: "Indicatorenkader gevonden" }).waitFor();
      await expect(page.getByRole("heading", { name: "Gegevens gevonden" }).count()).resolves.toBe(
        0
      );
      // In the card (the live region outside main says the same for screen readers).
      await page.getByRole("main").getByText("5 indicatoren, 40 eenheden").waitFor();
      await page.getByRole("combobox", { name: "Per", exact: true }).selectOption("jaar");
      await page.getByRole("combobox", { name: "Periode" }).selectOption("2025");
      await page.getByRole("checkbox", { name: "regio" }).check();
      await screenshot(page, "journey-7-indicators-ready-360");
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.getByRole("button", { name: "Indicatoren berekenen" }).click();
      await page.getByRole("heading", { name: "Indicatoren 2025" }).waitFor();
      await page.getByText(/verwachte cijfers/).waitFor();
      // The preview has no Vernieuwen: the figures cannot change in the browser.
      await expect(page.getByRole("button", { name: "Vernieuwen" }).count()).resolves.toBe(0);
      await screenshot(page, "journey-8-indicators-results-360");
      await expect(axeViolations(page)).resolves.toEqual([]);
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download resultaat" }).click(),
      ]);
      expect(file.suggestedFilename()).toBe("monitoring-wijdoenmee-netwerkmeter.xlsx");
      const saved = path.join(ARTIFACTS, "journey-indicators.xlsx");
      await file.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      for (const name of ["Indicatoren", "Metingen", "Overzicht", "Per groep", "Verloop"])
        expect(names).toContain(name);

      // Nieuw sjabloon: the monitoring template for one unit, as a download.
      await page.getByRole("tab", { name: "Sjabloon" }).click();
      await page.getByRole("combobox", { name: "Eenheid" }).selectOption("Partnerschap 07");
      await page.getByRole("textbox", { name: /Perioden/ }).fill("2027-Q1..2027-Q4");
      await page.getByRole("button", { name: "Sjabloon maken", exact: true }).click();
      await page.getByText("Het sjabloon monitoring-partnerschap-07.xlsx is klaar.").waitFor();
      const [template] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download sjabloon" }).first().click(),
      ]);
      expect(template.suggestedFilename()).toBe("monitoring-partnerschap-07.xlsx");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
