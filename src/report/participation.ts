/**
 * The participation sheets (domain/SPEC.md §7b): the say of people in poverty per domain with a
 * chart and the headline notes, and the participation index per network.
 */
import { domainLabel } from "../analysis/labels";
import { participationChartPlan } from "./chartPlans";
import type { ReportContext, SheetDraft } from "./context";
import { T } from "./context";
import { tableName } from "./names";
import type { ChartSpec, ReportTable } from "./reportModel";

/** The participation sheets; none when the codebook has no participation items. */
export function participationSheets(ctx: ReportContext): SheetDraft[] {
  const { t, commonNotes, num, respondents, result, language, columns } = ctx;
  const sheets: SheetDraft[] = [];
  const add = (name: string, table: ReportTable, charts: ChartSpec[] = []) =>
    sheets.push({ name, table, charts });
  const participation = result.participation;
  if (participation) {
    const table: ReportTable = {
      name: tableName("Participatie"),
      title: t(
        T(
          "Inspraak van mensen in armoede bij visie, doelstellingen en acties",
          "Say of people in poverty in vision, objectives and actions"
        )
      ),
      columns: columns("domain involvement expertise directive notDirective gap"),
      rows: participation.domains.map((domain) => [
        domainLabel(domain.domain, language),
        domain.involvement,
        domain.expertise,
        domain.directive,
        domain.notDirective,
        domain.gap,
      ]),
      notes: [
        ...commonNotes(respondents),
        ...(participation.representation
          ? [
              t(
                T(
                  `Vertegenwoordiging (${participation.representation.item}): ${num(participation.representation.pctHigh)}% akkoord dat de stem van mensen in armoede goed vertegenwoordigd is.`,
                  `Representation (${participation.representation.item}): ${num(participation.representation.pctHigh)}% agree that people in poverty are well represented.`
                )
              ),
            ]
          : []),
        t(
          T(
            `Minstens ${num(participation.minimum.involvement)}% meldt inbreng van bij het begin; minstens ${num(participation.minimum.expertise)}% meldt dat met hun expertise rekening werd gehouden.`,
            `At least ${num(participation.minimum.involvement)}% report involvement from the start; at least ${num(participation.minimum.expertise)}% report their expertise was taken into account.`
          )
        ),
        t(
          T(
            `Participatie-index (0–100, minstens ${participation.index.minItems} items beantwoord): n = ${participation.index.n}, gemiddelde ${num(participation.index.mean)}, SD ${num(participation.index.sd)}; gemiddelde kloof ${num(participation.index.gapMean, 2)} schaalpunten.`,
            `Participation index (0–100, at least ${participation.index.minItems} items answered): n = ${participation.index.n}, mean ${num(participation.index.mean)}, SD ${num(participation.index.sd)}; mean gap ${num(participation.index.gapMean, 2)} scale points.`
          )
        ),
      ],
    };
    add(t(T("Participatie", "Participation")), table, [
      participationChartPlan({
        name: "NM_Chart_Participatie",
        title: t(
          T(`Inspraak per domein (n = ${respondents})`, `Say per domain (n = ${respondents})`)
        ),
        table: table.name,
        domainColumn: "domain",
        involvement: "involvement",
        expertise: "expertise",
        directive: "directive",
        gap: "gap",
        gaps: participation.domains.map((domain) => domain.gap),
      }),
    ]);
    add(t(T("Participatie-index", "Participation index")), {
      name: tableName("ParticipatieIndex"),
      title: t(T("Participatie-index per netwerk", "Participation index per network")),
      columns: columns("respondent index gap/scale"),
      rows: participation.respondents.map((respondent) => [
        respondent.respondent,
        respondent.index,
        respondent.gap,
      ]),
      notes: [
        t(
          T(
            `n = ${participation.index.n} van ${participation.respondents.length} netwerken met een index (basis: netwerken met minstens ${participation.index.minItems} beantwoorde items).`,
            `n = ${participation.index.n} of ${participation.respondents.length} networks with an index (base: networks with at least ${participation.index.minItems} items answered).`
          )
        ),
        t(
          T(
            `Index = gemiddelde van de inbreng-, expertise- en richtinggevend-items, herschaald naar 0–100; leeg bij minder dan ${participation.index.minItems} beantwoorde items. Kloof = gemiddelde(inbreng, expertise) − gemiddelde(richtinggevend) op de 1–5-schaal.`,
            `Index = mean of the involvement, expertise and directive items rescaled to 0–100; empty when fewer than ${participation.index.minItems} items are answered. Gap = mean(involvement, expertise) − mean(directive) on the 1–5 scale.`
          )
        ),
      ],
    });
  }

  return sheets;
}
