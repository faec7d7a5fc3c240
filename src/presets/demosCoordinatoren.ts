/**
 * The Dēmos survey of local network coordinators (seed 002), as a codebook: the item ids, statement
 * texts, constructs, domains and scales of domain/SPEC.md §7a, plus the background variables there.
 * `benchmark` keeps the figure printed in seed 002 (share agreeing unless stated), so a network can
 * compare itself with the 77-coordinator picture. Where that figure is the item's own share in the
 * high band ("91%", "Niet 16.9 / Wel 74.1", "Zwak 15.6 / Sterk 81.9"), the codebook item carries it
 * as its reference figure (source "Dēmos 2016"); the "minimum over de drie domeinen" figures and
 * "niet richtinggevend 32,5%" are not an item's share agreeing and are left out.
 */
import type { BackgroundVariable, Codebook, CodebookItem, Domain } from "../analysis/codebook";
import { readReferenceFigure } from "../analysis/codebook";
import { resolveScale } from "../analysis/scale";

export const DEMOS_PRESET_ID = "demos-coordinatoren";
/** Source label of the preset's reference figures (the Dēmos study; population status 2016). */
export const DEMOS_REFERENCE_SOURCE = "Dēmos 2016";

interface PresetRow {
  id: string;
  text: string;
  /** The construct as named in SPEC §7a (machine ids for roles and participation, §7b). */
  construct: string;
  domain: Domain | null;
  section: string;
  scale: "AKK5" | "INZ5" | "NUT2";
  reversed?: boolean;
  /** Seed 002 figure, as printed. */
  benchmark?: string;
}

const rolePhrases: Record<Domain, string> = {
  visie: "de visie",
  doelstellingen: "de doelstellingen",
  acties: "de acties",
};
const domainCode: Record<Domain, string> = { visie: "VIS", doelstellingen: "DOE", acties: "ACT" };

const ROLE_ROWS: PresetRow[] = (["visie", "doelstellingen", "acties"] as Domain[]).flatMap(
  (domain) => {
    const phrase = rolePhrases[domain];
    const code = domainCode[domain];
    const seed = domain === "acties";
    // The acties statements are verbatim from seed 002, which prints them without a full stop.
    const end = seed ? "" : ".";
    return [
      {
        id: `ROL_${code}_FAC`,
        text: `De verschillende netwerkpartners hadden bij het opstellen van ${phrase} meer inbreng dan de netwerkcoördinator${end}`,
        construct: "rol.facilitator",
        domain,
        section: `Bestuursstijl – ${domain}`,
        scale: "AKK5" as const,
        benchmark: seed ? "Niet 50.7 / Wel 29.9" : undefined,
      },
      {
        id: `ROL_${code}_COP`,
        text: `De verschillende partners hadden bij het opstellen van ${phrase} evenveel inbreng als de netwerkcoördinator${end}`,
        construct: "rol.coproducent",
        domain,
        section: `Bestuursstijl – ${domain}`,
        scale: "AKK5" as const,
        benchmark: seed ? "Niet 16.9 / Wel 74.1" : undefined,
      },
      {
        id: `ROL_${code}_OPD`,
        text: `De netwerkcoördinator had de meeste inbreng bij het opstellen van ${phrase}${end}`,
        construct: "rol.opdrachtgever",
        domain,
        section: `Bestuursstijl – ${domain}`,
        scale: "AKK5" as const,
        benchmark: seed ? "Niet 52.0 / Wel 28.6" : undefined,
      },
    ];
  }
);

/** SPEC §7a order: INB_VIS, INB_DOE, INB_ACT, then EXP_…, then RIC_… (a stable sort by family). */
const PARTICIPATION_FAMILIES = ["INB", "EXP", "RIC"];
const familyRank = (row: PresetRow) => PARTICIPATION_FAMILIES.indexOf(row.id.slice(0, 3));

const PARTICIPATION_ROWS: PresetRow[] = (["visie", "doelstellingen", "acties"] as Domain[])
  .flatMap((domain) => {
    const phrase = rolePhrases[domain];
    const code = domainCode[domain];
    const section = "Bestuursstijl – vertegenwoordiging";
    return [
      {
        id: `INB_${code}`,
        text: `Mensen in armoede hadden van bij het begin inbreng bij het opstellen van ${phrase}.`,
        construct: "participatie.inbreng",
        domain,
        section,
        scale: "AKK5" as const,
        benchmark: "minimum over de drie domeinen = 65%",
      },
      {
        id: `EXP_${code}`,
        text: `Bij het opstellen van ${phrase} werd rekening gehouden met de expertise van mensen in armoede.`,
        construct: "participatie.expertise",
        domain,
        section,
        scale: "AKK5" as const,
        benchmark: "minimum over de drie domeinen = 66,3%",
      },
      {
        id: `RIC_${code}`,
        text: `De inbreng van mensen in armoede was richtinggevend bij het opstellen van ${phrase}.`,
        construct: "participatie.richtinggevend",
        domain,
        section,
        scale: "AKK5" as const,
        benchmark: domain === "acties" ? "niet richtinggevend 32,5%" : undefined,
      },
    ];
  })
  .sort((a, b) => familyRank(a) - familyRank(b));

const INZ_PREFIX = "Mate van inzet op een actie? – ";

/** Every item of SPEC §7a, in questionnaire order. */
export const DEMOS_ITEMS: readonly PresetRow[] = [
  {
    id: "VIS_01",
    text: "Het netwerk heeft een duidelijk afgebakende visie.",
    construct: "helderheid visie",
    domain: "visie",
    section: "Beleidsthema – visie",
    scale: "AKK5",
    benchmark: "91%",
  },
  {
    id: "VIS_02",
    text: "Er bestaat consensus over de visie bij de netwerkpartners.",
    construct: "consensus visie",
    domain: "visie",
    section: "Beleidsthema – visie",
    scale: "AKK5",
    benchmark: "87%",
  },
  {
    id: "VIS_03",
    text: "Het netwerk heeft een duidelijk omschreven visie op de achterliggende problematiek van armoede.",
    construct: "visie op armoede",
    domain: "visie",
    section: "Beleidsthema – visie",
    scale: "AKK5",
    benchmark: "87%",
  },
  {
    id: "VIS_04",
    text: "De visie op de achterliggende problematiek van armoede wordt gedeeld door de netwerkpartners.",
    construct: "gedeelde visie",
    domain: "visie",
    section: "Beleidsthema – visie",
    scale: "AKK5",
    benchmark: "87%",
  },
  {
    id: "DOE_01",
    text: "Het netwerk heeft duidelijk afgebakende doelstellingen.",
    construct: "helderheid doelstellingen",
    domain: "doelstellingen",
    section: "Beleidsthema – doelstellingen",
    scale: "AKK5",
    benchmark: "92,2%",
  },
  {
    id: "DOE_02",
    text: "Er bestaat consensus over de doelstellingen bij de netwerkpartners.",
    construct: "consensus doelstellingen",
    domain: "doelstellingen",
    section: "Beleidsthema – doelstellingen",
    scale: "AKK5",
    benchmark: "93,5%",
  },
  {
    id: "DOE_03",
    text: "De doelstellingen worden geëvalueerd.",
    construct: "evaluatie",
    domain: "doelstellingen",
    section: "Beleidsthema – doelstellingen",
    scale: "AKK5",
    benchmark: "81,9%",
  },
  {
    id: "DOE_04",
    text: "De doelstellingen worden bereikt.",
    construct: "doelbereik",
    domain: "doelstellingen",
    section: "Beleidsthema – doelstellingen",
    scale: "AKK5",
    benchmark: "75%",
  },
  {
    id: "DOE_05",
    text: "De doelstellingen liggen in lijn met de gehanteerde visie.",
    construct: "coherentie",
    domain: "doelstellingen",
    section: "Beleidsthema – doelstellingen",
    scale: "AKK5",
    benchmark: "90%",
  },
  {
    id: "ACT_01",
    text: "Het netwerk stelt acties op.",
    construct: "actieplanning",
    domain: "acties",
    section: "Beleidsthema – acties",
    scale: "AKK5",
    benchmark: "89,7%",
  },
  {
    id: "ACT_02",
    text: "Over de acties bestaat consensus bij de netwerkpartners.",
    construct: "consensus acties",
    domain: "acties",
    section: "Beleidsthema – acties",
    scale: "AKK5",
    benchmark: "90,9%",
  },
  {
    id: "ACT_03",
    text: "Het zijn steeds dezelfde organisaties die zich inzetten voor de acties en hiervan de lasten dragen.",
    construct: "lastenverdeling",
    domain: "acties",
    section: "Beleidsthema – acties",
    scale: "AKK5",
    reversed: true,
    benchmark: "37,7%",
  },
  {
    id: "ACT_04",
    text: "De hoeveelheid acties is onvoldoende.",
    construct: "actievolume",
    domain: "acties",
    section: "Beleidsthema – acties",
    scale: "AKK5",
    reversed: true,
    benchmark: "42,9%",
  },
  {
    id: "ACT_05",
    text: "De juiste acties worden ondernomen.",
    construct: "actierelevantie",
    domain: "acties",
    section: "Beleidsthema – acties",
    scale: "AKK5",
    benchmark: "80%",
  },
  {
    id: "INZ_01",
    text: `${INZ_PREFIX}Toekenning van individuele financiële tussenkomsten`,
    construct: "inzet actietype",
    domain: null,
    section: "Beleidsthema – inzet",
    scale: "INZ5",
    benchmark: "Zwak 15.6 / Sterk 81.9",
  },
  {
    id: "INZ_02",
    text: `${INZ_PREFIX}Verspreiden van informatie rond het vrijetijdsaanbod voor doelgroepen`,
    construct: "inzet actietype",
    domain: null,
    section: "Beleidsthema – inzet",
    scale: "INZ5",
    benchmark: "Zwak 20.8 / Sterk 79.2",
  },
  {
    id: "INZ_03",
    text: `${INZ_PREFIX}Verspreiden van informatie (bv. brochures, websites) rond mogelijke kortingen`,
    construct: "inzet actietype",
    domain: null,
    section: "Beleidsthema – inzet",
    scale: "INZ5",
    benchmark: "Zwak 24.7 / Sterk 72.8",
  },
  {
    id: "INZ_04",
    text: `${INZ_PREFIX}Organiseren van toeleidingsactiviteiten en bemiddeling voor mensen in armoede naar het vrijetijdsaanbod`,
    construct: "inzet actietype",
    domain: null,
    section: "Beleidsthema – inzet",
    scale: "INZ5",
    benchmark: "Zwak 40.3 / Sterk 57.2",
  },
  {
    id: "PAR_01",
    text: "Alle noodzakelijke partners zijn aanwezig om de doelstellingen te bereiken.",
    construct: "partnersamenstelling",
    domain: null,
    section: "Beleidsorganisatie",
    scale: "AKK5",
    benchmark: "65%",
  },
  {
    id: "OVL_01",
    text: "Informele overlegmomenten zijn even waardevol als formele.",
    construct: "waarde informeel overleg",
    domain: null,
    section: "Beleidsorganisatie",
    scale: "AKK5",
    benchmark: "79,2%",
  },
  {
    id: "OVL_02",
    text: "Informele overlegmomenten zijn waardevoller dan formele.",
    construct: "waarde informeel overleg",
    domain: null,
    section: "Beleidsorganisatie",
    scale: "AKK5",
    benchmark: "35,1%",
  },
  {
    id: "SAM_01",
    text: "De samenwerking met omliggende lokale netwerken is goed.",
    construct: "bovenlokale samenwerking",
    domain: null,
    section: "Beleidsorganisatie",
    scale: "AKK5",
    benchmark: "20,8%",
  },
  ...ROLE_ROWS,
  {
    id: "VER_01",
    text: "De stem van mensen in armoede is goed vertegenwoordigd binnen het netwerk.",
    construct: "participatie.vertegenwoordiging",
    domain: null,
    section: "Bestuursstijl – vertegenwoordiging",
    scale: "AKK5",
    benchmark: "62%",
  },
  ...PARTICIPATION_ROWS,
  {
    id: "OND_01",
    text: "Algemene informatieverstrekking over (beleids)instrumenten t.a.v. vrijetijdsparticipatie van mensen in armoede",
    construct: "ondersteuningsnood",
    domain: null,
    section: "Ondersteuningsnoden",
    scale: "NUT2",
    benchmark: "Niet 2.6 / Wel 97.4",
  },
  {
    id: "OND_02",
    text: "Praktijkuitwisseling en intervisie met andere lokale netwerken",
    construct: "ondersteuningsnood",
    domain: null,
    section: "Ondersteuningsnoden",
    scale: "NUT2",
    benchmark: "Niet 10.4 / Wel 89.6",
  },
  {
    id: "OND_03",
    text: "Lokale begeleiding bij de ontwikkeling van de afsprakennota (doelstellingen en acties) van het netwerk",
    construct: "ondersteuningsnood",
    domain: null,
    section: "Ondersteuningsnoden",
    scale: "NUT2",
    benchmark: "Niet 11.7 / Wel 88.3",
  },
  {
    id: "OND_04",
    text: "Ondersteuning bij de evaluatie en bijsturing van het netwerk",
    construct: "ondersteuningsnood",
    domain: null,
    section: "Ondersteuningsnoden",
    scale: "NUT2",
    benchmark: "Niet 18.2 / Wel 81.8",
  },
];

/** Background variables of the coordinator survey (SPEC §7a), with the headers people use for them. */
export const DEMOS_BACKGROUND: readonly BackgroundVariable[] = [
  {
    id: "RESP_ID",
    label: { nl: "Respondent / netwerk-ID", en: "Respondent / network ID" },
    aliases: ["respondent", "netwerk", "netwerk id", "naam netwerk", "id", "respondent id"],
  },
  {
    id: "GEMEENTE",
    label: { nl: "Gemeente(n) van het netwerk", en: "Municipality(ies)" },
    aliases: ["gemeente", "gemeenten", "gemeente n", "municipality"],
  },
  {
    id: "GROOTTE_KLASSE",
    label: { nl: "Grootteklasse", en: "Size class" },
    aliases: ["grootteklasse", "grootte", "gemeentegrootte", "size class"],
  },
  {
    id: "INWONERS",
    label: { nl: "Aantal inwoners", en: "Inhabitants" },
    aliases: ["inwoners", "aantal inwoners", "inhabitants", "population"],
  },
  {
    id: "REGIO",
    label: { nl: "Regio", en: "Region" },
    aliases: ["regio", "referentieregio", "region"],
  },
  {
    id: "JAAR",
    label: { nl: "Bevragingsjaar", en: "Survey year" },
    aliases: ["jaar", "bevragingsjaar", "year", "survey year"],
  },
];

/** The seed figure as a reference when it is the item's own share high (see the module note). */
function referenceOf(row: PresetRow): Pick<CodebookItem, "reference"> {
  const figure = row.benchmark === undefined ? null : readReferenceFigure(row.benchmark);
  return typeof figure === "number"
    ? { reference: { pctHigh: figure, source: DEMOS_REFERENCE_SOURCE } }
    : {};
}

/** The preset as a codebook. */
export function demosCoordinatorenCodebook(): Codebook {
  const items: CodebookItem[] = DEMOS_ITEMS.map((row) => ({
    id: row.id,
    label: row.text,
    construct: row.construct,
    domain: row.domain,
    section: row.section,
    scale: resolveScale(row.scale)!,
    reversed: row.reversed === true,
    ...referenceOf(row),
  }));
  return { name: `preset:${DEMOS_PRESET_ID}`, items, background: [...DEMOS_BACKGROUND] };
}
