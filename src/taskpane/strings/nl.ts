/** Dutch task-pane texts (the default). Plain words for coordinators, not statisticians. */
import type { Strings } from "../i18n";
import { cellRef } from "../cellRef";
import { DOMAIN_LABEL, STYLE_LABEL } from "../../analysis/labels";
import { createFormat } from "../../analysis/numberFormat";

const f = createFormat("nl");
const plural = (n: number, one: string, many: string) => `${f.integer(n)} ${n === 1 ? one : many}`;

export const nl: Strings = {
  app: {
    title: "Netwerkmeter",
    previewBadge: "Voorbeeld in de browser",
    navLabel: "Onderdelen van Netwerkmeter",
    tabAnalyse: "Analyseren",
    tabTemplate: "Nieuw sjabloon",
    tabConsolidate: "Samenvoegen",
    starting: "Netwerkmeter start…",
    startFailedTitle: "Netwerkmeter kon niet starten",
    startFailedMessage:
      "Een onderdeel van de invoegtoepassing laadde niet. Controleer je internetverbinding en laad het taakvenster opnieuw.",
    reload: "Opnieuw laden",
  },
  common: {
    retry: "Opnieuw proberen",
    technicalDetails: "Technische details",
    download: "Download resultaat",
    downloading: "Bestand maken…",
    downloadFailed: "Het bestand kon niet gemaakt worden. Probeer het opnieuw.",
    cellRef,
  },
  start: {
    title: "Probeer Netwerkmeter in je browser",
    intro:
      "Open een Excel-bestand met de antwoorden van de coördinatoren. Netwerkmeter zoekt de antwoorden, controleert ze en maakt de tabellen, scores en grafieken.",
    privacy:
      "Je bestand blijft op je computer: alles gebeurt in deze browser, er wordt niets verstuurd.",
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
    detectingHint: "Netwerkmeter kijkt welke kolommen bij welke uitspraken horen.",
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
    items: "Uitspraken herkend",
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
    otherFile: "Ander bestand openen",
    noItemsWarning:
      "Geen enkele kolom past bij een uitspraak uit het codeboek. Koppel de kolommen hieronder zelf, of controleer of dit het juiste werkblad is.",
  },
  empty: {
    noDataTitle: "Nog geen antwoorden gevonden",
    noDataMessage:
      "Netwerkmeter vond geen rijen met antwoorden. Open het werkblad met de antwoorden (of selecteer de tabel) en zoek opnieuw. Heb je nog geen vragenlijst? Begin met een nieuw sjabloon.",
    noDataMessagePreview:
      "Netwerkmeter vond geen rijen met antwoorden in dit bestand. Kies een bestand met een werkblad vol antwoorden, of begin met een nieuw sjabloon.",
    searchAgain: "Opnieuw zoeken",
    newTemplate: "Nieuw sjabloon",
  },
  refresh: {
    title: "Eerder geanalyseerd",
    message:
      "Dit werkboek bevat de instellingen van een vorige analyse. Vernieuwen rekent alles opnieuw uit met dezelfde instellingen en vervangt alleen de werkbladen van Netwerkmeter.",
    button: "Vernieuwen",
  },
  mapping: {
    title: (items, other) =>
      `Kolommen controleren (${plural(items, "uitspraak", "uitspraken")}, ${plural(other, "andere kolom", "andere kolommen")})`,
    intro:
      "Netwerkmeter koppelde elke kolom aan een uitspraak uit het codeboek. Klopt een koppeling niet, kies dan de juiste uitspraak of 'geen uitspraak'.",
    tableLabel: "Kolommen en hun uitspraak",
    column: "Kolom",
    item: "Uitspraak",
    noItem: "Geen uitspraak",
    kindItem: "uitspraak",
    kindBackground: "achtergrond",
    automatic: "automatisch",
    chosen: "gekozen",
    changed: "aangepast",
    reset: "Mijn wijzigingen ongedaan maken",
    selectLabel: (column, header) => `Uitspraak voor kolom ${column} (${header})`,
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
  },
  options: {
    title: "Opties",
    groupBy: "Uitsplitsen naar",
    groupByHint: "Netwerkmeter maakt de tabellen ook per groep, bijvoorbeeld per regio of grootte.",
    noGroupColumns: "Er zijn geen achtergrondkolommen om naar uit te splitsen.",
    population: "Aantal netwerken dat de vragenlijst kreeg",
    populationHint: "Nodig voor de responsgraad. Laat leeg als je het niet weet.",
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
      `Netwerkmeter schreef ${plural(n, "werkblad", "werkbladen")} in het werkboek.`,
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
    alphaHint: "Vanaf 0,70 meten de uitspraken van een schaal samen voldoende hetzelfde.",
    alphaLow: "onder 0,70",
    alphaMissing: "niet te berekenen",
    alphaCases: (n) => `n = ${f.integer(n)}`,
    alphaValue: (alpha) => f.decimal(alpha, 2),
    noScales: "Geen schalen met twee of meer uitspraken.",
    backToOptions: "Opties aanpassen",
    refresh: "Vernieuwen",
  },
  charts: {
    title: "Grafieken",
    intro: "Netwerkmeter tekent de grafieken naast de tabellen in het werkboek.",
    insert: "Grafieken invoegen",
    refresh: "Grafieken vernieuwen",
    busy: "Grafieken tekenen…",
    inserted: (n) => `${plural(n, "grafiek staat", "grafieken staan")} in het werkboek.`,
    none: "Er waren geen grafieken te tekenen.",
    failed: "De grafieken konden niet getekend worden.",
    viewTitle: "Grafieken",
    loading: "Grafieken laden…",
    dataCaption: (title) => `Gegevens van de grafiek ${title}`,
  },
  preview: {
    downloadTitle: "Resultaat downloaden",
    downloadText:
      "Het resultaat is een Excel-bestand met je gegevens en alle tabellen en grafieken van Netwerkmeter.",
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
    inserted: (sheets) => `Toegevoegd: ${sheets}.`,
    next: "Stuur het bestand naar de coördinatoren, of vul zelf een rij per netwerk in. Teruggekregen bestanden voeg je samen bij Samenvoegen.",
    failed: "Het sjabloon kon niet ingevoegd worden.",
  },
  consolidate: {
    title: "Samenvoegen",
    intro:
      "Kies de ingevulde werkboeken die je van de coördinatoren terugkreeg. Netwerkmeter zet alle antwoorden onder elkaar op één werkblad.",
    dropHint: "Sleep de .xlsx-bestanden hierheen",
    chooseFiles: "Kies bestanden",
    inputLabel: "Teruggestuurde werkboeken (.xlsx)",
    selected: (n) => `${plural(n, "bestand", "bestanden")} gekozen`,
    clear: "Wis de keuze",
    remove: (name) => `${name} weglaten`,
    start: "Samenvoegen",
    reading: "Bestanden lezen…",
    busy: "Samenvoegen",
    done: (consolidated, read, respondents, sheet) =>
      `${f.integer(consolidated)} van ${plural(read, "bestand", "bestanden")} samengevoegd: ${plural(respondents, "respondent", "respondenten")} op werkblad ${sheet}.`,
    analyse: "Analyseer deze antwoorden",
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
      "Er is niets veranderd aan je gegevens. Probeer het opnieuw; lukt het dan nog niet, pas de opties aan.",
    refreshTitle: "Vernieuwen is niet gelukt",
    backToOptions: "Terug naar de opties",
    backToStart: "Ander bestand kiezen",
  },
  announce: {
    detecting: "Antwoorden zoeken.",
    ready: (respondents) =>
      `Gegevens gevonden: ${plural(respondents, "respondent", "respondenten")}.`,
    running: "Analyse gestart.",
    done: "Analyse klaar. De samenvatting staat hieronder.",
  },
};
