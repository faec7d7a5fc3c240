/**
 * One network's feedback as a Report (published as its own workbook): an overview with a short
 * explanation for the coordinator, its answers beside the shares of all networks and of its group,
 * its governance style per domain beside how common each style is, its participation index
 * against the quartiles of all networks (with a chart), and its change since the previous wave.
 * Everything shown comes from a NetworkFeedback, which holds no other network's name or answers.
 */
import { formatNumber } from "../analysis/numberFormat";
import { clusteredBarsPlan, styleByGroupChartPlan } from "./chartPlans";
import type { Language } from "../analysis/language";
import { reportColumns } from "./columns";
import type { NetworkFeedback } from "../analysis/networkFeedback";
import { GOVERNANCE_STYLES } from "../analysis/networkFeedback";
import type { Report, ReportCell, ReportSheet, ReportTable } from "./reportModel";

type Text = { nl: string; en: string };

const DOMAIN_LABEL: Record<string, Text> = {
  visie: { nl: "Visie", en: "Vision" },
  doelstellingen: { nl: "Doelstellingen", en: "Objectives" },
  acties: { nl: "Acties", en: "Actions" },
};
const STYLE_LABEL: Record<string, Text> = {
  facilitator: { nl: "Facilitator", en: "Facilitator" },
  coproducent: { nl: "Coproducent", en: "Co-producer" },
  opdrachtgever: { nl: "Opdrachtgever", en: "Commissioner" },
  gemengd: { nl: "Gemengd", en: "Mixed" },
  onbepaald: { nl: "Onbepaald", en: "Undetermined" },
};
const BAND: Record<1 | 2 | 3 | 4, Text> = {
  1: {
    nl: "bij het kwart netwerken met de laagste index",
    en: "among the quarter of networks with the lowest index",
  },
  2: {
    nl: "net onder het midden (tussen het eerste kwartiel en de mediaan)",
    en: "just below the middle (between the first quartile and the median)",
  },
  3: {
    nl: "net boven het midden (tussen de mediaan en het derde kwartiel)",
    en: "just above the middle (between the median and the third quartile)",
  },
  4: {
    nl: "bij het kwart netwerken met de hoogste index",
    en: "among the quarter of networks with the highest index",
  },
};

/** The sentences of the feedback's explanation, per language (feedbackReport → explanation). */
const EXPLANATION = {
  nl: {
    intro: (network: string, networks: number, inGroup: string) =>
      `Deze werkmap is de terugkoppeling voor ${network} uit de bevraging van ${networks} lokale netwerken. Ze toont uw eigen antwoorden naast het beeld van alle netwerken${inGroup}.`,
    inGroup: (by: string, value: string) => ` en van de netwerken in uw groep (${by}: ${value})`,
    answered: (answered: number, statements: number, high: number) =>
      `U beantwoordde ${answered} van de ${statements} stellingen; bij ${high} daarvan was uw antwoord hoog ((helemaal) akkoord, sterke inzet of wel nuttig).`,
    statements: (reference: string | undefined) =>
      `Blad Stellingen: per stelling uw antwoord en het percentage netwerken dat hoog antwoordde${reference ? `, met het gepubliceerde cijfer van ${reference} ter vergelijking` : ""}.`,
    styleShare: (pct: string) => ` (zoals ${pct}% van de netwerken)`,
    governance: (styles: string) =>
      `Blad Bestuursstijl: uw stijl als coördinator per domein — ${styles}.`,
    noIndex:
      "Blad Participatie: voor uw netwerk is geen participatie-index berekend (te weinig participatiestellingen beantwoord).",
    index: (index: string, band: string | null) =>
      `Blad Participatie: uw participatie-index is ${index} op 100${band !== null ? `; daarmee ligt uw netwerk ${band}` : ""}.`,
    change: (previous: string) =>
      `Blad Verandering: uw antwoorden in ${previous} en nu, stelling per stelling.`,
    notInPrevious: (previous: string) =>
      `Uw netwerk komt niet voor in ${previous}; er is dus geen blad Verandering.`,
    privacy: (minCell: number) =>
      `Privacy: andere netwerken worden nergens bij naam genoemd en hun antwoorden worden niet getoond. Cijfers over groepen met minder dan ${minCell} andere netwerken dan het uwe laten we weg.`,
    judgement:
      "Een verschil met andere netwerken is geen oordeel. Gebruik deze cijfers als vertrekpunt voor een gesprek met uw netwerkpartners over evaluatie en bijsturing.",
  },
  en: {
    intro: (network: string, networks: number, inGroup: string) =>
      `This workbook is the feedback for ${network} from the survey of ${networks} local networks. It shows your own answers beside the picture of all networks${inGroup}.`,
    inGroup: (by: string, value: string) => ` and of the networks in your group (${by}: ${value})`,
    answered: (answered: number, statements: number, high: number) =>
      `You answered ${answered} of the ${statements} statements; for ${high} of them your answer was high ((strongly) agree, strong effort or useful).`,
    statements: (reference: string | undefined) =>
      `Sheet Statements: per statement your answer and the percentage of networks answering high${reference ? `, with the published figure of ${reference} for comparison` : ""}.`,
    styleShare: (pct: string) => ` (as ${pct}% of networks)`,
    governance: (styles: string) =>
      `Sheet Governance: your style as coordinator per domain — ${styles}.`,
    noIndex:
      "Sheet Participation: no participation index for your network (too few participation statements answered).",
    index: (index: string, band: string | null) =>
      `Sheet Participation: your participation index is ${index} out of 100${band !== null ? `; your network lies ${band}` : ""}.`,
    change: (previous: string) =>
      `Sheet Change: your answers in ${previous} and now, statement by statement.`,
    notInPrevious: (previous: string) =>
      `Your network does not occur in ${previous}; so there is no Change sheet.`,
    privacy: (minCell: number) =>
      `Privacy: no other network is named and no other network's answers are shown. Figures about groups with fewer than ${minCell} networks besides yours are left out.`,
    judgement:
      "A difference with other networks is not a judgement. Use these figures to start a conversation with your partners about evaluation and adjustment.",
  },
} as const;

export interface FeedbackReportOptions {
  /** Smallest group whose figures are shown (for the explanation). */
  minCell: number;
  /** Source of the reference figures (e.g. "Dēmos 2016"), when the codebook has them. */
  referenceSource?: string;
  /** Name of the previous wave (e.g. "2016"), with --compare. */
  previousLabel?: string;
  language?: Language;
}

/**
 * The Report for one network's feedback workbook.
 *
 * @example
 * const report = feedbackReport(networks[0], { minCell: 5, referenceSource: "Dēmos 2016" });
 * report.sheets.map((sheet) => sheet.name) // ["Overzicht", "Stellingen", "Bestuursstijl", "Participatie"]
 */
export function feedbackReport(feedback: NetworkFeedback, options: FeedbackReportOptions): Report {
  const language = options.language ?? "nl";
  const nl = language === "nl";
  const t = (text: Text) => text[language];
  const num = (value: number | null, decimals = 1) => formatNumber(value, decimals, language);
  const minCell = options.minCell;
  const group = feedback.group;
  const sheets: ReportSheet[] = [];
  const suppressedNote = nl
    ? `Leeg = niet getoond: minder dan ${minCell} andere netwerken in die groep (of in de rest), zodat niemand antwoorden van andere netwerken kan afleiden.`
    : `Empty = not shown: fewer than ${minCell} other networks in that group (or in the rest), so nobody can work out other networks' answers.`;

  // Statements
  const reference = options.referenceSource;
  const statementsTable: ReportTable = {
    name: "NM_Feedback_Stellingen",
    title: nl
      ? "Uw antwoord per stelling naast het aandeel netwerken dat (helemaal) akkoord gaat"
      : "Your answer per statement beside the share of networks agreeing",
    columns: [
      ...reportColumns(language, "item label"),
      { key: "answer", header: t({ nl: "Uw antwoord", en: "Your answer" }), format: "text" },
      {
        key: "pctAll",
        header: t({ nl: "Alle netwerken: hoog (%)", en: "All networks: high (%)" }),
        format: "percent1",
      },
      {
        key: "nAll",
        header: t({ nl: "n alle netwerken", en: "n all networks" }),
        format: "integer",
      },
      ...(group
        ? [
            {
              key: "pctGroup",
              header: nl
                ? `Uw groep (${group.value}): hoog (%)`
                : `Your group (${group.value}): high (%)`,
              format: "percent1" as const,
            },
            {
              key: "nGroup",
              header: t({ nl: "n uw groep", en: "n your group" }),
              format: "integer" as const,
            },
          ]
        : []),
      ...(reference !== undefined
        ? [{ key: "reference", header: `${reference} (%)`, format: "percent1" as const }]
        : []),
    ],
    rows: feedback.statements.map((statement): ReportCell[] => [
      statement.id,
      statement.label,
      statement.answer ?? "—",
      statement.all.pctHigh,
      statement.all.suppressed ? null : statement.all.n,
      // A withheld share also hides its base, so not even the size of a small group shows.
      ...(group
        ? [
            statement.group?.pctHigh ?? null,
            statement.group && !statement.group.suppressed ? statement.group.n : null,
          ]
        : []),
      ...(reference !== undefined ? [statement.reference ?? null] : []),
    ]),
    notes: [
      nl
        ? `n = ${feedback.networks} netwerken; percentages op de netwerken met een geldig antwoord op de stelling (basis: geldig, zie kolom n).`
        : `n = ${feedback.networks} networks; percentages of the networks with a valid answer to the statement (base: valid, see column n).`,
      nl
        ? "Hoog = (helemaal) akkoord, sterke inzet of wel nuttig."
        : "High = (strongly) agree, strong effort or useful.",
      suppressedNote,
    ],
  };
  const statementsSheet: ReportSheet = {
    name: t({ nl: "Stellingen", en: "Statements" }),
    tables: [statementsTable],
    charts: [
      clusteredBarsPlan({
        name: "NM_Chart_Feedback_Stellingen",
        title: nl
          ? "Aandeel hoog: alle netwerken en uw groep"
          : "Share high: all networks and your group",
        table: statementsTable.name,
        categoryColumn: "item",
        series: group ? [{ column: "pctAll" }, { column: "pctGroup" }] : [{ column: "pctAll" }],
        categories: feedback.statements.length,
        valueAxisTitle: "Score (%)",
        ...(reference !== undefined ? { marker: { column: "reference" } } : {}),
      }),
    ],
  };

  // Governance
  let governanceSheet: ReportSheet | null = null;
  if (feedback.governance) {
    const table: ReportTable = {
      name: "NM_Feedback_Bestuursstijl",
      title: nl
        ? "Uw bestuursstijl per domein, naast hoe vaak elke stijl voorkomt bij alle netwerken"
        : "Your governance style per domain, beside how often each style occurs among all networks",
      columns: [
        { key: "domain", header: t({ nl: "Domein", en: "Domain" }), format: "text" },
        { key: "style", header: t({ nl: "Uw stijl", en: "Your style" }), format: "text" },
        ...GOVERNANCE_STYLES.map((style) => ({
          key: style,
          header: `${t(STYLE_LABEL[style])} (%)`,
          format: "percent1" as const,
        })),
        { key: "n", header: t({ nl: "n netwerken", en: "n networks" }), format: "integer" },
      ],
      rows: feedback.governance.map((domain): ReportCell[] => [
        t(DOMAIN_LABEL[domain.domain] ?? { nl: domain.domain, en: domain.domain }),
        domain.style ? t(STYLE_LABEL[domain.style]) : "—",
        ...GOVERNANCE_STYLES.map((style) => domain.distribution?.[style] ?? null),
        domain.n,
      ]),
      notes: [
        nl
          ? `n = ${feedback.networks} netwerken; per domein de netwerken die minstens één rolstelling beantwoordden (basis: zie kolom n).`
          : `n = ${feedback.networks} networks; per domain the networks that answered at least one role statement (base: see column n).`,
        nl
          ? "Stijl = de rol waarmee u het meest akkoord ging: facilitator (de partners beslissen), coproducent (samen), opdrachtgever (de coördinator beslist); gelijke stand = gemengd; nergens akkoord = onbepaald."
          : "Style = the role you agreed with most: facilitator (partners decide), co-producer (together), commissioner (the coordinator decides); a tie = mixed; no agreement = undetermined.",
        suppressedNote,
      ],
    };
    governanceSheet = {
      name: t({ nl: "Bestuursstijl", en: "Governance" }),
      tables: [table],
      charts: [
        styleByGroupChartPlan({
          name: "NM_Chart_Feedback_Bestuursstijl",
          title: nl
            ? "Bestuursstijlen bij alle netwerken per domein"
            : "Governance styles of all networks per domain",
          table: table.name,
          groupColumn: "domain",
          styles: [...GOVERNANCE_STYLES],
        }),
      ],
    };
  }

  // Participation
  let participationSheet: ReportSheet | null = null;
  const participation = feedback.participation;
  if (participation) {
    const q = participation.quartiles;
    const table: ReportTable = {
      name: "NM_Feedback_Participatie",
      title: nl
        ? "Uw participatie-index (0–100) tegenover alle netwerken"
        : "Your participation index (0–100) against all networks",
      columns: [
        { key: "what", header: t({ nl: "Wat", en: "What" }), format: "text" },
        {
          key: "index",
          header: t({ nl: "Index (0–100)", en: "Index (0–100)" }),
          format: "decimal1",
        },
      ],
      rows: [
        [
          t({ nl: "Eerste kwartiel (25% ligt lager)", en: "First quartile (25% lie below)" }),
          q?.q1 ?? null,
        ],
        [t({ nl: "Mediaan (het midden)", en: "Median (the middle)" }), q?.median ?? null],
        [
          t({ nl: "Derde kwartiel (25% ligt hoger)", en: "Third quartile (25% lie above)" }),
          q?.q3 ?? null,
        ],
        [t({ nl: "Uw netwerk", en: "Your network" }), participation.index],
      ],
      notes: [
        nl
          ? `n = ${participation.n} netwerken met een index (basis: netwerken met genoeg beantwoorde participatiestellingen).`
          : `n = ${participation.n} networks with an index (base: networks with enough participation statements answered).`,
        nl
          ? "Index = gemiddelde van de stellingen over inbreng, expertise en richtinggevende inbreng van mensen in armoede, herschaald naar 0–100."
          : "Index = mean of the statements on involvement, expertise and directive input of people in poverty, rescaled to 0–100.",
        ...(participation.band !== null
          ? [
              nl
                ? `Uw netwerk ligt ${t(BAND[participation.band])}.`
                : `Your network lies ${t(BAND[participation.band])}.`,
            ]
          : []),
        ...(q === null ? [suppressedNote] : []),
      ],
    };
    participationSheet = {
      name: t({ nl: "Participatie", en: "Participation" }),
      tables: [table],
      charts: [
        clusteredBarsPlan({
          name: "NM_Chart_Feedback_Participatie",
          title: nl
            ? "Participatie-index: kwartielen van alle netwerken en uw netwerk"
            : "Participation index: quartiles of all networks and yours",
          table: table.name,
          categoryColumn: "what",
          series: [{ column: "index" }],
          categories: table.rows.length,
          valueAxisTitle: "Index (0–100)",
        }),
      ],
    };
  }

  // Change since the previous wave
  let changeSheet: ReportSheet | null = null;
  const previous = options.previousLabel ?? t({ nl: "vorige bevraging", en: "previous wave" });
  if (feedback.change) {
    changeSheet = {
      name: t({ nl: "Verandering", en: "Change" }),
      tables: [
        {
          name: "NM_Feedback_Verandering",
          title: nl ? `Uw antwoorden: ${previous} en nu` : `Your answers: ${previous} and now`,
          columns: [
            ...reportColumns(language, "item label"),
            {
              key: "previousAnswer",
              header: nl ? `Uw antwoord ${previous}` : `Your answer ${previous}`,
              format: "text",
            },
            {
              key: "answer",
              header: t({ nl: "Uw antwoord nu", en: "Your answer now" }),
              format: "text",
            },
            {
              key: "change",
              header: t({ nl: "Verandering (schaalpunten)", en: "Change (scale points)" }),
              format: "integer",
            },
            {
              key: "previousAll",
              header: nl
                ? `Alle netwerken ${previous}: hoog (%)`
                : `All networks ${previous}: high (%)`,
              format: "percent1",
            },
            {
              key: "all",
              header: t({ nl: "Alle netwerken nu: hoog (%)", en: "All networks now: high (%)" }),
              format: "percent1",
            },
          ],
          rows: feedback.change.map((row): ReportCell[] => [
            row.id,
            row.label,
            row.previousAnswer ?? "—",
            row.answer ?? "—",
            row.change,
            row.previousAllPctHigh,
            row.allPctHigh,
          ]),
          notes: [
            nl
              ? `n = 1 netwerk (uw eigen antwoorden); percentages op alle netwerken met een geldig antwoord (basis: geldig).`
              : `n = 1 network (your own answers); percentages of all networks with a valid answer (base: valid).`,
            nl
              ? "Verandering = uw antwoordcode nu − toen (bv. van 3 naar 4 = +1); leeg als een van beide geen geldig antwoord is."
              : "Change = your answer code now − then (e.g. from 3 to 4 = +1); empty when either is not a valid answer.",
            suppressedNote,
          ],
        },
      ],
      charts: [],
    };
  }

  // Overview with the explanation
  const lines = explanation(feedback, { ...options, language, previous });
  sheets.push({
    name: t({ nl: "Overzicht", en: "Overview" }),
    tables: [
      {
        name: "NM_Feedback_Uitleg",
        title: nl ? "Hoe leest u deze terugkoppeling?" : "How to read this feedback",
        columns: [
          { key: "text", header: t({ nl: "Toelichting", en: "Explanation" }), format: "text" },
        ],
        rows: lines.map((line) => [line]),
        notes: [
          nl
            ? `n = ${feedback.networks} netwerken in de bevraging; deze map gaat alleen over ${feedback.network}.`
            : `n = ${feedback.networks} networks in the survey; this workbook is about ${feedback.network} only.`,
        ],
      },
    ],
    charts: [],
  });
  sheets.push(statementsSheet);
  if (governanceSheet) sheets.push(governanceSheet);
  if (participationSheet) sheets.push(participationSheet);
  if (changeSheet) sheets.push(changeSheet);

  return {
    title: nl ? `Terugkoppeling voor ${feedback.network}` : `Feedback for ${feedback.network}`,
    summary: [
      nl
        ? `Netwerk: ${feedback.network}${group ? ` (${group.by}: ${group.value})` : ""}.`
        : `Network: ${feedback.network}${group ? ` (${group.by}: ${group.value})` : ""}.`,
      nl
        ? `Vergeleken met ${feedback.networks} netwerken; cijfers van groepen kleiner dan ${minCell} netwerken worden niet getoond.`
        : `Compared with ${feedback.networks} networks; figures of groups smaller than ${minCell} networks are not shown.`,
    ],
    sheets,
  };

  /** The network's style per domain, "visie: coproducent (…); …", with `share` of the networks alike. */
  function styleList(
    governance: NonNullable<NetworkFeedback["governance"]>,
    share: (pct: string) => string
  ): string {
    return governance
      .map(
        (domain) =>
          `${t(DOMAIN_LABEL[domain.domain] ?? { nl: domain.domain, en: domain.domain }).toLowerCase()}: ${domain.style ? t(STYLE_LABEL[domain.style]).toLowerCase() : "—"}${domain.style && domain.distribution ? share(num(domain.distribution[domain.style], 0)) : ""}`
      )
      .join("; ");
  }

  function explanation(
    data: NetworkFeedback,
    context: FeedbackReportOptions & { language: Language; previous: string }
  ): string[] {
    const say = EXPLANATION[context.language];
    const highShare = data.statements.filter((statement) => statement.high === true).length;
    const answered = data.statements.filter((statement) => statement.code !== null).length;
    const text = [
      say.intro(data.network, data.networks, group ? say.inGroup(group.by, group.value) : ""),
      say.answered(answered, data.statements.length, highShare),
      say.statements(context.referenceSource),
    ];
    if (data.governance) text.push(say.governance(styleList(data.governance, say.styleShare)));
    if (data.participation) {
      const p = data.participation;
      text.push(
        p.index === null
          ? say.noIndex
          : say.index(num(p.index), p.band !== null ? t(BAND[p.band]) : null)
      );
    }
    if (data.change) text.push(say.change(context.previous));
    else if (data.inPreviousWave === false) text.push(say.notInPrevious(context.previous));
    text.push(say.privacy(context.minCell), say.judgement);
    return text;
  }
}
