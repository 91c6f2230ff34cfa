export const applicantStages = [
  "interest",
  "information_evening",
  "introduction",
  "application",
  "screening",
  "preparation",
  "family_assessment",
  "decision",
  "available",
] as const;
export type ApplicantStage = (typeof applicantStages)[number];

interface StageInfo {
  title: string;
  /** What happens in this stage, told to the applicant. */
  description: string;
  typicalDuration: string;
}

export const stageInfo: Record<ApplicantStage, StageInfo> = {
  interest: {
    title: "Interesse",
    description: "Je hebt laten weten dat je interesse hebt.",
    typicalDuration: "zolang als je wilt",
  },
  information_evening: {
    title: "Informatiebijeenkomst",
    description: "Je hoort wat het inhoudt en kunt al je vragen stellen.",
    typicalDuration: "één avond",
  },
  introduction: {
    title: "Kennismaking",
    description: "Een eerste gesprek over je motivatie en welke vorm van zorg bij je past.",
    typicalDuration: "1 tot 3 weken",
  },
  application: {
    title: "Aanmelding",
    description: "Je aanmelding is binnen. Een medewerker bekijkt hem en neemt contact met je op.",
    typicalDuration: "1 tot 2 weken",
  },
  screening: {
    title: "Screening",
    description:
      "Iedereen van 12 jaar en ouder in je huis vraagt een Verklaring van Geen Bezwaar aan bij de Raad voor de Kinderbescherming.",
    typicalDuration: "4 tot 8 weken",
  },
  preparation: {
    title: "Voorbereiding",
    description: "Je volgt een voorbereidingstraining in een groep, bijvoorbeeld STAP.",
    typicalDuration: "6 tot 10 weken",
  },
  family_assessment: {
    title: "Gezinsonderzoek",
    description: "Huisbezoeken, gesprekken met je gezin en referenties.",
    typicalDuration: "4 tot 8 weken",
  },
  decision: {
    title: "Besluit",
    description: "Je krijgt een schriftelijk besluit. Je mag het verslag eerst lezen en aanvullen.",
    typicalDuration: "2 tot 4 weken",
  },
  available: {
    title: "Beschikbaar",
    description: "Je bent goedgekeurd en beschikbaar voor een kind.",
    typicalDuration: "",
  },
};

export function stageIndex(stage: ApplicantStage): number {
  return applicantStages.indexOf(stage);
}

export type TimelineState = "done" | "current" | "later";

/**
 * The stages as this applicant goes through them. Someone who applied online has had no first
 * conversation yet: it comes right after the application (as the confirmation says), not before it.
 * Earlier stages they never went through (no information evening, say) are left out rather than
 * shown without a status.
 */
export function applicantTimeline(
  current: ApplicantStage,
  reached: ReadonlySet<ApplicantStage>,
): { stage: ApplicantStage; state: TimelineState }[] {
  const appliedBeforeIntroduction =
    !reached.has("introduction") && stageIndex(current) >= stageIndex("application");
  const order = appliedBeforeIntroduction
    ? applicantStages.flatMap((stage) =>
        stage === "introduction" ? [] : stage === "application" ? [stage, "introduction" as const] : [stage],
      )
    : [...applicantStages];
  const currentAt = order.indexOf(current);
  return order.flatMap((stage, index): { stage: ApplicantStage; state: TimelineState }[] => {
    if (index === currentAt) return [{ stage, state: "current" }];
    if (index > currentAt) return [{ stage, state: "later" }];
    return reached.has(stage) ? [{ stage, state: "done" }] : [];
  });
}
