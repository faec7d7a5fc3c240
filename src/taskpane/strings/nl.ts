/** Dutch task-pane texts (the default). Plain words for coordinators, not statisticians. */
import type { Strings } from "../i18n";
import { indicatorStrings } from "./indicatorStrings";
import { cellRef } from "../cellRef";
import { DOMAIN_LABEL, STYLE_LABEL } from "../../analysis/labels";
import { createFormat } from "../../analysis/numberFormat";

const f = createFormat("nl");
const plural = (n: number, one: string, many: string) => `${f.integer(n)} ${n === 1 ? one : many}`;

export const nl: Strings = {
  app: {
    title: "Netwerkmeter",
    previewBadge: "Browserversie",
    navLabel: "Onderdelen van Netwerkmeter",
    tabAnalyse: "Analyseren",
    tabTemplate: "Sjabloon",
    tabConsolidate: "Samenvoegen",
    starting: "Netwerkmeter start…",
    startFailedTitle: "Netwerkmeter kon niet starten",
    startFailedMessage:
      "Een onderdeel van de invoegtoepassing laadde niet. Controleer uw internetverbinding en laad het taakvenster opnieuw.",
    reload: "Opnieuw laden",
    switchLanguage: "English",
    switchLanguageLabel: "Switch Netwerkmeter to English",
  },
  common: {
    retry: "Opnieuw proberen",
    technicalDetails: "Technische details",
    download: "Download resultaat",
    downloadTemplate: "Download sjabloon",
    downloadConsolidation: "Download samengevoegde antwoorden",
    downloading: "Bestand maken…",
    downloadFailed: "Het bestand kon niet gemaakt worden. Probeer het opnieuw.",
    cellRef,
  },
  start: {
    title: "Probeer Netwerkmeter in uw browser",
    intro:
      "Open een Excel-bestand met de antwoorden van de coördinatoren. Netwerkmeter zoekt de antwoorden, controleert ze en maakt de tabellen, scores en grafieken.",
    privacy:
      "Uw bestand blijft op uw computer: alles gebeurt in deze browser, er wordt niets verstuurd.",
    dropHint: "Sleep een .xlsx-bestand hierheen",
    chooseFile: "Kies een bestand",
    inputLabel: "Excel-bestand met antwoorden (.xlsx)",
    or: "of",
    example: "Probeer met het voorbeeld",
    exampleHint: "Een verzonnen bevraging van 77 netwerken, zoals die van Dēmos.",
    notXlsx: (names) =>
      `Dit is geen .xlsx-bestand: ${names}. Sla het in Excel op als Excel-werkmap (.xlsx).`,
  },
  loading: {
    detecting: "Antwoorden zoeken…",
    detectingHint: "Netwerkmeter kijkt welke kolommen bij welke stellingen horen.",
    opening: (file) => `${file} openen…`,
  },
  data: {
    title: "Gegevens gevonden",
    source: (source) =>
      source.kind === "table"
        ? `Tabel ${source.table ?? ""} op werkblad ${source.sheet} (${source.address})`
        : source.kind === "selection"
          ? `De selectie ${cellRef(source.sheet, source.address)}`
          : `Werkblad ${source.sheet} (${source.address})`,
    respondents: "Respondenten",
    items: "Stellingen herkend",
    itemsRecognised: (found, total) => `${f.integer(found)} van ${f.integer(total)}`,
    codebook: "Codeboek",
    problems: "Problemen",
    noProblems: "Geen",
    errors: (n) => plural(n, "fout", "fouten"),
    warnings: (n) => plural(n, "waarschuwing", "waarschuwingen"),
    infos: (n) => plural(n, "opmerking", "opmerkingen"),
    file: "Bestand",
    redetect: "Opnieuw zoeken",
    redetectHint:
      "Vond Netwerkmeter de verkeerde gegevens? Selecteer de tabel met antwoorden en zoek opnieuw.",
    otherFile: "Ander bestand kiezen",
    noItemsWarning:
      "Geen enkele kolom past bij een stelling uit het codeboek. Koppel de kolommen hieronder zelf, of controleer of dit het juiste werkblad is.",
  },
  empty: {
    noDataTitle: "Nog geen antwoorden gevonden",
    noDataMessage:
      "Netwerkmeter vond geen rijen met antwoorden. Open het werkblad met de antwoorden (of selecteer de tabel) en zoek opnieuw. Hebt u nog geen vragenlijst? Begin met een nieuw sjabloon.",
    noDataMessagePreview:
      "Netwerkmeter vond geen rijen met antwoorden in dit bestand. Kies een bestand met een werkblad vol antwoorden, of begin met een nieuw sjabloon.",
    searchAgain: "Opnieuw zoeken",
    newTemplate: "Nieuw sjabloon",
  },
  refresh: {
    title: "Eerder geanalyseerd",
    message:
      "Deze werkmap bevat de instellingen van een vorige analyse. Vernieuwen rekent alles opnieuw uit met dezelfde instellingen en vervangt alleen de werkbladen van Netwerkmeter.",
    button: "Vernieuwen",
    changedMessage:
      "U hebt de opties hieronder gewijzigd. Vernieuwen gebruikt de instellingen van de vorige analyse, zonder uw wijzigingen. Kies Analyse uitvoeren om met de nieuwe opties te rekenen.",
    buttonPrevious: "Vernieuwen met de vorige instellingen",
    otherSheetTitle: "Andere gegevens dan bij de vorige analyse",
    otherSheet: (stored, found) =>
      `De vorige analyse gebruikte ${stored}. Netwerkmeter vond nu de antwoorden op ${found}. Welke wilt u analyseren?`,
    runFound: (found) => `Analyseer ${found}`,
    refreshStored: (stored) => `Toch ${stored} vernieuwen`,
    where: (sheet, table) => (table ? `tabel ${table} op werkblad ${sheet}` : `werkblad ${sheet}`),
  },
  mapping: {
    title: (items, other) =>
      `Kolommen controleren (${plural(items, "stelling", "stellingen")}, ${plural(other, "andere kolom", "andere kolommen")})`,
    intro:
      "Netwerkmeter koppelde elke kolom aan een stelling uit het codeboek. Klopt een koppeling niet, kies dan de juiste stelling of 'geen stelling'.",
    tableLabel: "Kolommen en hun stelling",
    column: "Kolom",
    item: "Stelling",
    noItem: "Geen stelling",
    kindItem: "stelling",
    kindBackground: "achtergrond",
    automatic: "automatisch",
    chosen: "gekozen",
    changed: "aangepast",
    reset: "Mijn wijzigingen ongedaan maken",
    selectLabel: (column, header) => `Stelling voor kolom ${column} (${header})`,
    duplicate: (columns) => `Ook gekoppeld aan kolom ${columns}.`,
  },
  problems: {
    title: (n) => `Problemen in de gegevens (${f.integer(n)})`,
    runTitle: (n) => `Opmerkingen bij de analyse (${f.integer(n)})`,
    none: "Geen problemen gevonden.",
    error: (n) => `Fouten (${f.integer(n)})`,
    warning: (n) => `Waarschuwingen (${f.integer(n)})`,
    info: (n) => `Ter info (${f.integer(n)})`,
    goToCell: (ref) => `Ga naar cel ${ref}`,
    cellText: (ref) => `Cel ${ref}`,
    inFile: (file) => `in ${file}`,
    showAll: (n) => `Toon alle ${f.integer(n)}`,
    errorsHint:
      "Een cel met een fout telt als ontbrekend antwoord. Verbeter de cel en zoek opnieuw, of ga gewoon door.",
    errorsHintPreview:
      "Een fout antwoord telt als ontbrekend. In de browserversie verandert u niets aan uw bestand: verbeter het antwoord in Excel en open het bestand opnieuw, of ga gewoon door.",
    who: (respondent) => (/^netwerk\b/i.test(respondent) ? respondent : `Netwerk ${respondent}`),
    answerProblem: (code, value, column) =>
      code === "OUT_OF_RANGE"
        ? `Het antwoord ${value} in kolom '${column}' past niet op de schaal; het telt als ontbrekend.`
        : code === "UNKNOWN_LABEL"
          ? `Het antwoord '${value}' in kolom '${column}' is geen keuze van de schaal; het telt als ontbrekend.`
          : code === "FORMULA_ERROR"
            ? `De cel in kolom '${column}' geeft een formulefout (${value}); ze telt als ontbrekend.`
            : code === "DUPLICATE_RESPONDENT"
              ? `Dit netwerk staat meer dan één keer in kolom '${column}' (hoofdletters, accenten en spaties niet meegerekend); alle rijen tellen mee. Is het een dubbele inzending?`
              : null,
    allowed: (allowed) => `Toegestaan: ${allowed}.`,
    showRow: (row) => `Toon rij ${f.integer(row)}`,
    rowTitle: (row) => `Rij ${f.integer(row)}`,
    rowLabels: {
      network: "Netwerk",
      column: "Kolom",
      statement: "Stelling",
      value: "Antwoord",
      allowed: "Toegestaan",
    },
  },
  options: {
    title: "Opties",
    groupBy: "Uitsplitsen naar",
    groupByHint: "Netwerkmeter maakt de tabellen ook per groep, bijvoorbeeld per regio of grootte.",
    noGroupColumns: "Er zijn geen achtergrondkolommen om naar uit te splitsen.",
    population: "Aantal netwerken dat de vragenlijst kreeg",
    populationHint: "Nodig voor de responsgraad. Laat leeg als u het niet weet.",
    populationInvalid: "Vul een geheel getal in, of laat het vak leeg.",
    populationTooSmall: (respondents) =>
      `Dit moet minstens ${f.integer(respondents)} zijn: zoveel netwerken hebben geantwoord.`,
    base: "Percentages berekenen op",
    baseValid: "Wie de vraag beantwoordde (aanbevolen)",
    baseValidHint: "Lege antwoorden en 'weet niet' tellen niet mee.",
    baseAll: "Alle respondenten",
    baseAllHint: "Ook wie de vraag oversloeg of 'weet niet' antwoordde telt mee.",
    rounding: "Afronden",
    roundingExact: "Exact (aanbevolen)",
    roundingExactHint: "Percentages worden pas op het einde afgerond.",
    roundingLegacy: "Zoals het Dēmos-rapport",
    roundingLegacyHint:
      "Elk percentage eerst op één decimaal afronden en dan optellen. Kies dit om te vergelijken met dat rapport.",
    minCell: "Kleinste groep met percentages",
    minCellHint:
      "Groepen met minder antwoorden krijgen geen percentages: zo blijft niemand herkenbaar en misleiden kleine aantallen niet.",
    minCellInvalid: "Vul een geheel getal van 1 of meer in.",
    run: "Analyse uitvoeren",
    fixFirst: "Verbeter eerst de opties die rood staan.",
    moreOptions: "Meer opties",
    bandedColumn: (column) => `${column} (in 3 klassen)`,
  },
  progress: {
    runTitle: "Analyse loopt",
    refreshTitle: "Vernieuwen loopt",
    starting: "Starten…",
    label: "Voortgang",
    valueText: (percent, label) => `${f.integer(percent)}%${label ? `: ${label}` : ""}`,
    keepOpen: "Laat dit venster open. Excel kan even trager reageren.",
  },
  summary: {
    title: "Resultaat",
    sheetsWritten: (n) =>
      `Netwerkmeter schreef ${plural(n, "werkblad", "werkbladen")} in de werkmap.`,
    sheetsReady: (n) =>
      `Het resultaat heeft ${plural(n, "werkblad", "werkbladen")} van Netwerkmeter. Download het om ze in Excel te openen; uw eigen bestand blijft zoals het was.`,
    comments: (n) =>
      `${plural(n, "opmerking", "opmerkingen")} van de netwerken staan op het blad Opmerkingen, met stelling, netwerk en type.`,
    smallN: (n) =>
      `Slechts ${plural(n, "netwerk", "netwerken")}: lees de cijfers als aantallen. Percentages en betrouwbaarheid zeggen bij zo weinig antwoorden nog weinig.`,
    alphaTooFew: (n) => `te weinig netwerken (n = ${f.integer(n)})`,
    alphaNegative: "negatief: de stellingen meten niet hetzelfde",
    showSheets: "Welke werkbladen?",
    responseTitle: "Respons",
    responseRate: (respondents, population, rate) =>
      `${f.integer(respondents)} van ${f.integer(population)} (${f.percent(rate)})`,
    respondentsOnly: (respondents) => plural(respondents, "respondent", "respondenten"),
    noPopulation: "Vul bij de opties het aantal netwerken in om de responsgraad te zien.",
    rolesTitle: "Dominante rol per domein",
    rolesHint:
      "De rol die de meeste coördinatoren herkennen. Gemengd: twee rollen scoren even hoog.",
    noRoles: "Geen vragen over de rol van de coördinator gevonden.",
    domain: (domain) => DOMAIN_LABEL[domain.toLowerCase()]?.nl ?? domain,
    role: (role) =>
      role === null ? STYLE_LABEL.onbepaald.nl : (STYLE_LABEL[role.toLowerCase()]?.nl ?? role),
    participationTitle: "Participatie",
    index: "Participatie-index",
    indexValue: (value) => `${f.decimal(value, 1)} op 100`,
    indexHint: "Gemiddelde van inbreng, expertise en richtinggevend zijn, op 100.",
    gap: "Kloof",
    gapValue: (value) => f.decimal(value, 2),
    gapHint:
      "Hoeveel hoger inbreng en expertise scoren dan richtinggevend zijn (schaalpunten). Hoe groter, hoe vaker inbreng er is zonder dat ze de richting bepaalt.",
    representation: "Vertegenwoordiging",
    representationValue: (value) => `${f.percent(value, 1)} akkoord`,
    minimumInvolvement: "Inbreng",
    minimumInvolvementValue: (value) => `minstens ${f.percent(value, 1)}`,
    noParticipation: "Geen vragen over participatie gevonden.",
    alphaTitle: "Betrouwbaarheid (Cronbach's alfa)",
    alphaHint: "Vanaf 0,70 meten de stellingen van een schaal samen voldoende hetzelfde.",
    alphaLow: "onder 0,70",
    alphaMissing: "niet te berekenen",
    alphaCases: (n) => `n = ${f.integer(n)}`,
    alphaValue: (alpha) => f.decimal(alpha, 2),
    noScales: "Geen schalen met twee of meer stellingen.",
    backToOptions: "Opties aanpassen",
    refresh: "Vernieuwen",
  },
  charts: {
    title: "Grafieken",
    intro: "Netwerkmeter tekent de grafieken naast de tabellen in de werkmap.",
    insert: "Grafieken invoegen",
    refresh: "Grafieken vernieuwen",
    busy: "Grafieken tekenen…",
    inserted: (n) => `${plural(n, "grafiek staat", "grafieken staan")} in de werkmap.`,
    none: "Er waren geen grafieken te tekenen.",
    failed: "De grafieken konden niet getekend worden.",
    viewTitle: "Grafieken",
    loading: "Grafieken laden…",
    below: (value) => `Onder ${value}`,
    dataCaption: (title) => `Gegevens van de grafiek ${title}`,
  },
  preview: {
    downloadTitle: "Resultaat downloaden",
    downloadText:
      "Het resultaat is een Excel-bestand met uw gegevens en alle tabellen en grafieken van Netwerkmeter.",
    tableTitle: "Samenvatting als tabel",
    tableCaption: "Kerncijfers van deze analyse",
    metric: "Wat",
    value: "Waarde",
    respondents: "Respondenten",
    responseRate: "Responsgraad",
    dominantRole: (domain) => `Dominante rol: ${domain}`,
    participationIndex: "Participatie-index (op 100)",
    gap: "Kloof inbreng – richtinggevend",
    alpha: (scale) => `Alfa ${scale}`,
  },
  template: {
    title: "Nieuw sjabloon",
    intro:
      "Voegt de werkbladen van de coördinatorenbevraging toe: de vragenlijst, een blad voor de antwoorden en het codeboek. Bestaande werkbladen blijven staan.",
    insert: "Sjabloon invoegen",
    busy: "Sjabloon invoegen…",
    makeNew: "Sjabloon maken in een nieuwe werkmap",
    busyNew: "Sjabloon maken…",
    inserted: (sheets) => `Toegevoegd: ${sheets}.`,
    insertedNew: (opened) =>
      `Het sjabloon staat in een nieuwe werkmap${opened ? `; ${opened} bleef onaangeroerd` : ""}. Download het sjabloon en stuur het naar de coördinatoren.`,
    introNew:
      "Maakt een nieuwe werkmap met de vragenlijst, een blad voor de antwoorden en het codeboek, om te downloaden.",
    next: "Stuur het bestand naar de coördinatoren, of vul zelf een rij per netwerk in. Teruggekregen bestanden voegt u samen bij Samenvoegen.",
    failed: "Het sjabloon kon niet ingevoegd worden.",
  },
  consolidate: {
    title: "Samenvoegen",
    intro:
      "Kies de ingevulde werkmappen die u van de coördinatoren terugkreeg. Netwerkmeter zet alle antwoorden onder elkaar op één werkblad.",
    dropHint: "Sleep de .xlsx-bestanden hierheen",
    chooseFiles: "Kies bestanden",
    inputLabel: "Teruggestuurde werkmappen (.xlsx)",
    selected: (n) => `${plural(n, "bestand", "bestanden")} gekozen`,
    clear: "Wis de keuze",
    remove: (name) => `${name} weglaten`,
    start: "Samenvoegen",
    reading: "Bestanden lezen…",
    busy: "Samenvoegen",
    done: (consolidated, read, respondents, sheet) =>
      `${f.integer(consolidated)} van ${plural(read, "bestand", "bestanden")} samengevoegd: ${plural(respondents, "respondent", "respondenten")} op werkblad ${sheet}.`,
    analyse: "Analyseer deze antwoorden",
    doneNew: (consolidated, read, respondents, name) =>
      `${f.integer(consolidated)} van ${plural(read, "bestand", "bestanden")} samengevoegd: ${plural(respondents, "respondent", "respondenten")} in een nieuwe werkmap (${name}). Het voorbeeld of uw vorige bestand bleef onaangeroerd.`,
    failed: "Samenvoegen is niet gelukt.",
    empty: "Nog geen bestanden gekozen.",
  },
  errors: {
    detectTitle: "De antwoorden konden niet gelezen worden",
    detectMessage:
      "Open het werkblad met de antwoorden (of selecteer de tabel) en probeer het opnieuw.",
    openTitle: "Het bestand kon niet geopend worden",
    openMessage:
      "Controleer of het een Excel-werkmap (.xlsx) is die in Excel opent, en probeer het opnieuw.",
    runTitle: "De analyse is niet gelukt",
    runMessage:
      "Er is niets veranderd aan uw gegevens. Probeer het opnieuw; lukt het dan nog niet, pas de opties aan.",
    refreshTitle: "Vernieuwen is niet gelukt",
    backToOptions: "Terug naar de opties",
    backToStart: "Ander bestand kiezen",
    openByCode: {
      EMPTY_FILE: {
        title: "Dit bestand is leeg (0 bytes)",
        message:
          "Het bestand bevat niets: misschien is het niet helemaal gedownload of opgeslagen. Open de werkmap in Excel, sla ze op als Excel-werkmap (.xlsx) en kies ze opnieuw.",
      },
      NOT_XLSX: {
        title: "Dit is geen Excel-werkmap",
        message:
          "De naam eindigt op .xlsx, maar de inhoud is iets anders (bijvoorbeeld een hernoemd tekstbestand). Open het bestand in Excel, kies Opslaan als > Excel-werkmap (.xlsx) en kies dat bestand.",
      },
      NO_DATA: {
        title: "Deze werkmap is leeg",
        message:
          "Geen enkel werkblad bevat gegevens. Kies de werkmap met de antwoorden, of begin met een nieuw sjabloon.",
      },
      LEGACY_XLS: {
        title: "Dit is een oude Excel-werkmap (.xls)",
        message:
          "Open ze in Excel en kies Opslaan als > Excel-werkmap (.xlsx); kies dan dat bestand.",
      },
      ENCRYPTED: {
        title: "Deze werkmap is beveiligd met een wachtwoord",
        message:
          "Netwerkmeter kan geen beveiligde werkmappen lezen. Open ze in Excel, verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen) en kies ze opnieuw.",
      },
      CORRUPT: {
        title: "Deze werkmap is beschadigd",
        message:
          "Het bestand is onvolledig of beschadigd. Download of kopieer het opnieuw, open het in Excel om te controleren, en kies het dan opnieuw.",
      },
      TOO_LARGE: {
        title: "Dit bestand is te groot",
        message:
          "Netwerkmeter leest bestanden tot 200 MB. Bewaar alleen het werkblad met de antwoorden in een nieuwe werkmap en kies die.",
      },
      ZIP_BOMB: {
        title: "Dit bestand is geen gewone werkmap",
        message:
          "De inhoud zou uitpakken tot een onmogelijk grote werkmap. Kies de werkmap met de antwoorden.",
      },
    },
  },
  indicators: indicatorStrings.nl,
  announce: {
    detecting: "Antwoorden zoeken.",
    ready: (respondents) =>
      `Gegevens gevonden: ${plural(respondents, "respondent", "respondenten")}.`,
    noData: "Nog geen antwoorden gevonden.",
    indicatorsFound: (facts) => `Indicatorenkader gevonden: ${facts}.`,
    running: "Analyse gestart.",
    done: "Analyse klaar. De samenvatting staat hieronder.",
  },
  compare: {
    title: "Vergelijk met vorige bevraging",
    intro:
      "Kies de werkmap van een vorige bevraging (zelfde codeboek). De analyse krijgt dan een blad Vergelijking met per stelling het aandeel akkoord toen en nu, het verschil, een toets en een grafiek.",
    chooseFile: "Kies de vorige bevraging",
    inputLabel: "Werkmap van de vorige bevraging (.xlsx)",
    dropHint: "Sleep de .xlsx van de vorige bevraging hierheen",
    reading: "Vorige bevraging lezen…",
    held: (file, respondents, items, sheet) =>
      `${file}: ${plural(respondents, "respondent", "respondenten")}, ${plural(items, "stelling", "stellingen")} herkend (blad ${sheet}).`,
    needed: (file) =>
      `De vorige analyse vergeleek met ${file}. Dat bestand wordt niet in de werkmap bewaard: kies het opnieuw, anders vervalt de vergelijking bij deze analyse en bij Vernieuwen.`,
    remove: "Niet vergelijken",
    label: "Naam van de vorige bevraging",
    labelHint: "Zo heet de kolom in het blad Vergelijking, bv. 2016.",
    matchOn: "Dezelfde respondenten koppelen op kolom (optioneel)",
    matchOnNone: "Niet koppelen (twee losse groepen)",
    matchOnHint:
      "Met een kolom die elk netwerk in beide bevragingen even noemt (bv. Netwerk) vergelijkt Netwerkmeter ook per netwerk (Wilcoxon, gepaard).",
    failed: "De vorige bevraging kon niet gelezen worden.",
  },
  feedback: {
    title: "Feedback per netwerk",
    intro:
      "Geef elk netwerk zijn eigen beeld: zijn antwoorden naast het aandeel van alle netwerken en van zijn groep, zijn bestuursstijl en participatie-index, met uitleg voor de coördinator.",
    privacy: (minCell) =>
      `Een terugkoppeling noemt geen ander netwerk en toont geen antwoorden van andere netwerken, alleen cijfers van groepen met minstens ${f.integer(minCell)} andere netwerken.`,
    network: "Kolom met de naam van het netwerk",
    networkNone: "Kies een kolom",
    groupBy: "Vergelijk ook met de eigen groep (optioneel)",
    groupByNone: "Geen groep",
    minCell: "Kleinste groep die getoond wordt",
    minCellInvalid: "Vul een geheel getal van 1 of meer in.",
    networks: (n) => `${plural(n, "netwerk", "netwerken")} gekozen`,
    all: "Alle",
    none: "Geen",
    choose: "Voor welke netwerken?",
    startZip: "Maak de terugkoppelingen (.zip)",
    startWorkbooks: "Open een werkmap per netwerk",
    startSheets: "Voeg een blad per netwerk in",
    busy: "Terugkoppelingen maken…",
    doneZip: (n, name) =>
      `${plural(n, "terugkoppeling", "terugkoppelingen")} gemaakt: ${name} is gedownload (één werkmap per netwerk).`,
    doneWorkbooks: (n) =>
      `${plural(n, "terugkoppeling", "terugkoppelingen")} geopend, elk in een eigen nieuwe werkmap. Bewaar ze voor u ze verstuurt.`,
    doneSheets: (n, sheets) =>
      `${plural(n, "terugkoppeling", "terugkoppelingen")} ingevoegd als blad: ${sheets}. Kopieer elk blad naar een eigen werkmap voor u het verstuurt.`,
    failed: "De terugkoppelingen konden niet gemaakt worden.",
    needData: "Zoek eerst de gegevens onder Analyseren.",
  },
  unitFeedback: {
    title: "Feedback per eenheid",
    intro:
      "Geef elke eenheid haar eigen beeld: per indicator haar waarde, doel en status naast die van haar groep en van alle eenheden, en waar ze staat tussen de laagste en de hoogste eenheid.",
    privacy: (minCell) =>
      `Een terugkoppeling noemt geen andere eenheid; cijfers van alle eenheden of van een groep alleen wanneer minstens ${f.integer(minCell)} eenheden cijfers gaven.`,
    settingsNote: "Met de periode, de indeling per periode en de kleinste groep van hierboven.",
    groupBy: "Vergelijk ook met de eigen groep (optioneel)",
    groupByNone: "Geen groep",
    networks: (n) => `${plural(n, "eenheid", "eenheden")} gekozen`,
    all: "Alle",
    none: "Geen",
    choose: "Voor welke eenheden?",
    startZip: "Maak de terugkoppelingen (.zip)",
    startWorkbooks: "Open een werkmap per eenheid",
    startSheets: "Voeg een blad per eenheid in",
    busy: "Terugkoppelingen maken…",
    doneZip: (n, name) =>
      `${plural(n, "terugkoppeling", "terugkoppelingen")} gemaakt: ${name} is gedownload (één werkmap per eenheid).`,
    doneWorkbooks: (n) =>
      `${plural(n, "terugkoppeling", "terugkoppelingen")} geopend, elk in een eigen nieuwe werkmap. Bewaar ze voor u ze verstuurt.`,
    doneSheets: (n, sheets) =>
      `${plural(n, "terugkoppeling", "terugkoppelingen")} ingevoegd als blad: ${sheets}. Kopieer elk blad naar een eigen werkmap voor u het verstuurt.`,
    failed: "De terugkoppelingen konden niet gemaakt worden.",
  },
};
