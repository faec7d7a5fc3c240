/**
 * The browser preview, end to end: the production build served on 127.0.0.1, in Debian's Chromium,
 * with office.js answering as it does outside Office (onReady gives host null). Runs the bundled
 * example workbook through open → data found → options → run → summary → problems → download, and
 * opens the downloaded workbook with ExcelJS. Nothing may be requested from outside but office.js.
 * Screenshots go to test-artifacts/e2e/preview-*.png.
 */
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { Browser } from "playwright-core";
import { MAX_FIRST_LOAD_GZIP_KIB } from "../../bench/bundle";
import {
  ARTIFACTS,
  OFFICE_CDN_HOST,
  OFFICE_JS_URL,
  Timings,
  describeInChromium,
  launchChromium,
  openTaskPane,
  screenshot,
  scriptsLoaded,
  serveBuild,
} from "./harness";

/**
 * office.js as it behaves outside an Office client: Office.onReady resolves with host and platform
 * null (OFFICE-ADDIN-NOTES §2.2), and there is no Excel. index.tsx then loads the preview host.
 */
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

describeInChromium("browser preview (production build, Chromium)", () => {
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

  test("runs the example workbook: tables, problems, download", async () => {
    const timings = new Timings();
    const { context, page, network, errors } = await openTaskPane(browser, {
      origin: server.origin,
      officeJs: OFFICE_OUTSIDE_OFFICE,
    });
    try {
      // 1. Start screen of the preview.
      await page.goto(`${server.origin}/taskpane.html`);
      const example = page.getByRole("button", { name: "Probeer met het voorbeeld" });
      await example.waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("nl");
      await page.getByText("Browserversie").first().waitFor();
      timings.mark("start screen");
      // What the browser fetched to get here: taskpane.js plus the preview host's chunks.
      const startup = scriptsLoaded(network, server.origin);
      expect(startup.files).toContain("taskpane.js");
      expect(startup.files).not.toContain("exceljs.js");
      timings.record("startup JS (gzip bytes)", startup);
      expect(startup.gzipBytes / 1024).toBeLessThan(MAX_FIRST_LOAD_GZIP_KIB);
      await screenshot(page, "preview-1-start");

      // 2. The example: fetched from assets/, opened with ExcelJS, data found.
      await example.click();
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();
      timings.mark("open example + detect");
      expect(network.requests).toContain(`${server.origin}/assets/coordinatoren-demos.xlsx`);
      expect(network.requests).toContain(`${server.origin}/exceljs.js`);
      await expect(page.getByTestId("respondents").innerText()).resolves.toBe("77");
      await expect(page.getByTestId("items-recognised").innerText()).resolves.toBe("45 van 45");
      await page.getByText("Werkblad Antwoorden (A1:AY78)").waitFor();
      await page.getByText("2 fouten").waitFor();

      // The problems panel is open because the data has errors: the example's two bad cells.
      await page.getByRole("button", { name: "Problemen in de gegevens (2)" }).waitFor();
      // In words (issue 10): the network, the statement, the column, the value; no item codes.
      const problems = page.getByRole("list").filter({ hasText: "telt als ontbrekend" });
      await expect(problems.getByRole("listitem").count()).resolves.toBe(2);
      await page.getByText("Het antwoord 'misschien' in kolom 'VIS_02' is geen keuze").waitFor();
      await page.getByText("Het antwoord 7 in kolom").waitFor();
      await expect(page.getByText(/bij item VIS_02|buiten schaal AKK5/).count()).resolves.toBe(0);
      // The preview has no Excel to select a cell in: a click shows the row in context instead.
      await expect(page.getByText(/Ga naar cel/).count()).resolves.toBe(0);
      const showRow = page.getByRole("button", { name: "Toon rij 31" });
      await showRow.click();
      await expect(page.getByLabel("Rij 31").innerText()).resolves.toMatch(/misschien/);
      await screenshot(page, "preview-2-data-found");

      // 3. Options and run.
      await page.getByLabel("Aantal netwerken dat de vragenlijst kreeg").fill("104");
      await page.getByRole("button", { name: "Analyse uitvoeren" }).click();
      await page.getByRole("heading", { name: "Resultaat", exact: true }).waitFor();
      timings.mark("run");

      // 4. Summary cards, in Dutch with decimal commas.
      await page.getByText(/Het resultaat heeft 18 werkbladen van Netwerkmeter/).waitFor();
      await expect(page.getByTestId("response-rate").innerText()).resolves.toBe("77 van 104 (74%)");
      const roles = page.locator('[aria-labelledby="summary-roles"]');
      for (const domain of ["Visie", "Doelstellingen", "Acties"])
        await expect(
          roles.getByRole("listitem").filter({ hasText: domain }).innerText()
        ).resolves.toMatch(/Coproducent/);
      await expect(page.getByTestId("participation-index").innerText()).resolves.toBe(
        "64,3 op 100"
      );
      await expect(page.getByTestId("participation-gap").innerText()).resolves.toBe("0,31");
      const alphas = page.locator('[aria-labelledby="summary-alpha"]');
      const alphaRow = (scale: string) =>
        alphas.getByRole("listitem").filter({ hasText: scale }).innerText();
      await expect(alphaRow("inzet actietype")).resolves.toMatch(
        /n = 68[\s\S]*0,65[\s\S]*onder 0,70/
      );
      await expect(alphaRow("Richtinggevende inbreng")).resolves.toMatch(/0,85/);
      await expect(alphaRow("Richtinggevende inbreng")).resolves.not.toMatch(/onder 0,70/);
      // The compact table of the preview.
      const table = page.getByRole("table", { name: "Kerncijfers van deze analyse" });
      await expect(table.getByRole("row", { name: /Responsgraad/ }).innerText()).resolves.toMatch(
        /74,0%/
      );
      await expect(
        table.getByRole("row", { name: /Participatie-index/ }).innerText()
      ).resolves.toMatch(/64,3/);
      await expect(
        table.getByRole("row", { name: /Alfa Ondersteuningsnood/ }).innerText()
      ).resolves.toMatch(/0,61/);
      // The key charts, drawn by the lazily loaded chart chunk, each with its data as a table.
      const charts = page.getByTestId("result-charts");
      await charts.waitFor();
      expect(network.requests).toContain(`${server.origin}/result-charts.js`);
      // (No group breakdown in this run, so no style-by-group chart.)
      for (const name of ["NM_Chart_Rollen", "NM_Chart_Participatie", "NM_Chart_Betrouwbaarheid"]) {
        const figure = charts.locator(`figure[data-chart="${name}"]`);
        // Drawn: an SVG with bars (rect or path elements) in it.
        await figure.locator("svg").first().waitFor();
        await expect(figure.locator("svg rect, svg path").count()).resolves.toBeGreaterThan(3);
      }
      // Readable in the pane: every series named in a legend that wraps (no "+2 more" button the
      // inert drawing could never open), every scale's name in full, numbers with a decimal comma.
      const drawing = (name: string) =>
        charts.locator(`figure[data-chart="${name}"] [aria-hidden="true"]`);
      await expect(charts.locator("button", { hasText: /more|meer/ }).count()).resolves.toBe(0);
      for (const [name, series] of [
        ["NM_Chart_Rollen", ["Facilitator", "Coproducent", "Opdrachtgever"]],
        ["NM_Chart_Participatie", ["Richtinggevend (%)"]],
      ] as const)
        for (const legend of series)
          await expect(drawing(name).getByText(legend, { exact: true }).isVisible()).resolves.toBe(
            true
          );
      const alphaTexts = await drawing("NM_Chart_Betrouwbaarheid")
        .locator("svg text")
        .allTextContents();
      expect(alphaTexts).toEqual(
        expect.arrayContaining([
          "Ondersteuningsnood",
          "Richtinggevende inbreng",
          "Waarde informeel overleg",
          "Inzet actietype",
          "0,2",
        ])
      );
      expect(alphaTexts.filter((text) => /^\d+\.\d+$/.test(text))).toEqual([]);
      await expect(
        drawing("NM_Chart_Betrouwbaarheid").getByText("Onder 0,70", { exact: true }).isVisible()
      ).resolves.toBe(true);
      const alphaData = page.getByRole("table", {
        name: "Gegevens van de grafiek Cronbach's alfa per schaal",
      });
      await expect(
        alphaData.getByRole("row", { name: /Ondersteuningsnood/ }).innerText()
      ).resolves.toMatch(/0,61[\s\S]*0,70/);
      const rolesData = page.getByRole("table", { name: /Gegevens van de grafiek Rol van de/ });
      await expect(rolesData.getByRole("columnheader").allInnerTexts()).resolves.toEqual([
        "Domein",
        "Facilitator",
        "Coproducent",
        "Opdrachtgever",
      ]);

      // The run's notes repeat the two bad cells (folded until opened).
      const notes = page.getByRole("button", { name: "Opmerkingen bij de analyse (2)" });
      await notes.click();
      await page.getByRole("button", { name: "Toon rij 17" }).waitFor();
      await screenshot(page, "preview-3-results");

      // 5. Download: the example with Netwerkmeter's sheets, as a real .xlsx.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download resultaat" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("coordinatoren-demos-netwerkmeter.xlsx");
      const saved = path.join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(saved);
      timings.mark("download");
      await screenshot(page, "preview-4-downloaded");

      // The download holds the charts as native chart parts, named as planned.
      const parts = unzipSync(new Uint8Array(fs.readFileSync(saved)));
      const chartParts = Object.keys(parts).filter((name) =>
        /^xl\/charts\/chart\d+\.xml$/.test(name)
      );
      // Ten indicator blocks, roles, participation and alpha (no group breakdown in this run).
      expect(chartParts.length).toBe(13);
      const drawn = Object.keys(parts)
        .filter((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name))
        .flatMap((name) =>
          [...strFromU8(parts[name]).matchAll(/<xdr:cNvPr id="\d+" name="([^"]+)"/g)].map(
            (match) => match[1]
          )
        );
      expect(drawn).toEqual(
        expect.arrayContaining(["NM_Chart_B01", "NM_Chart_Rollen", "NM_Chart_Betrouwbaarheid"])
      );
      expect(drawn).toHaveLength(chartParts.length);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      const names = workbook.worksheets.map((sheet) => sheet.name);
      expect(names.slice(0, 3)).toEqual(["Antwoorden", "Codeboek", "Info"]);
      expect(names).toEqual(
        expect.arrayContaining([
          "Overzicht",
          "Items",
          "Rollen",
          "Participatie",
          "Betrouwbaarheid",
          "Problemen",
          "_Netwerkmeter_analyse",
        ])
      );
      expect(new Set(names).size).toBe(names.length);
      expect(workbook.getWorksheet("_Netwerkmeter_analyse")!.state).toBe("veryHidden");
      expect(workbook.getWorksheet("Overzicht")!.getCell("A1").value).toBe(
        "Netwerkmeter – rapport"
      );
      const itemsTable = workbook.getWorksheet("Items")!.getTable("NM_Items");
      expect(itemsTable).toBeDefined();
      expect(workbook.getWorksheet("Rollen")!.getTable("NM_Rollen")).toBeDefined();
      // The input is untouched: the bad cells are still there.
      const answers = workbook.getWorksheet("Antwoorden")!;
      expect(answers.getCell("H31").value).toBe("misschien");
      expect(answers.getCell("K17").value).toBe(7);
      expect(answers.actualRowCount).toBe(78);

      // 6. Nothing but office.js was asked of the outside world; no errors on the page.
      expect(network.blocked).toEqual([]);
      expect(network.outsideHosts()).toEqual([OFFICE_CDN_HOST]);
      expect(network.requests.filter((url) => url.startsWith("https:"))).toEqual([OFFICE_JS_URL]);
      expect(errors).toEqual([]);
    } finally {
      timings.write("preview");
      await context.close();
    }
  });

  test("feedback per network: one .zip download of one workbook per network", async () => {
    const { context, page, network, errors } = await openTaskPane(browser, {
      origin: server.origin,
      officeJs: OFFICE_OUTSIDE_OFFICE,
    });
    try {
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("button", { name: "Probeer met het voorbeeld" }).click();
      await page.getByRole("heading", { name: "Gegevens gevonden" }).waitFor();
      await page.getByRole("button", { name: "Feedback per netwerk" }).click();
      const panel = page.getByRole("region", { name: "Feedback per netwerk" });
      await panel.getByLabel("Kolom met de naam van het netwerk").selectOption("GEMEENTE");
      await panel.getByText(/77 netwerken gekozen/).waitFor();
      await panel
        .getByLabel("Vergelijk ook met de eigen groep (optioneel)")
        .selectOption("GROOTTE_KLASSE");
      await screenshot(page, "preview-6-feedback");
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 120_000 }),
        panel.getByRole("button", { name: "Maak de terugkoppelingen (.zip)" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("terugkoppeling-per-netwerk.zip");
      const saved = path.join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(saved);
      await panel.getByText(/77 terugkoppelingen gemaakt/).waitFor();

      const files = unzipSync(new Uint8Array(fs.readFileSync(saved)));
      const names = Object.keys(files);
      expect(names).toHaveLength(77);
      expect(names.every((name) => name.endsWith(".xlsx"))).toBe(true);
      // One of them, opened: its own name on the overview and the statements with a chart.
      const first = names.sort()[0];
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(files[first] as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        expect.arrayContaining(["Overzicht", "Stellingen", "Bestuursstijl", "Participatie"])
      );
      const own = first.replace(/\.xlsx$/, "");
      const text: string[] = [];
      workbook.worksheets.forEach((sheet) =>
        sheet.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))))
      );
      expect(text.join("\n")).toContain(own);
      // No other network is named in it.
      const others = names
        .map((name) => name.replace(/\.xlsx$/, ""))
        .filter((name) => name !== own);
      expect(others.filter((other) => text.some((value) => value === other))).toEqual([]);
      expect(network.outsideHosts()).toEqual([OFFICE_CDN_HOST]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("starts the preview when office.js cannot be loaded (offline)", async () => {
    const { context, page, network, errors } = await openTaskPane(browser, {
      origin: server.origin,
      officeJs: null,
    });
    try {
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByRole("button", { name: "Probeer met het voorbeeld" }).waitFor();
      await screenshot(page, "preview-5-offline-start");
      expect(network.blocked).toEqual([]);
      expect(network.outsideHosts()).toEqual([OFFICE_CDN_HOST]);
      // The failed office.js load is the only error.
      expect(errors).toEqual([expect.stringMatching(/^console: Failed to load resource/)]);
    } finally {
      await context.close();
    }
  });
});
