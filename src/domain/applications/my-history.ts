import { type ApplicantStage, applicantStages, stageInfo } from "./stages";

export interface MyMove {
  fromStage: ApplicantStage | null;
  toStage: ApplicantStage;
  toStatus: string | null;
  reasonCode: string | null;
  at: Date;
}

export interface MyHistoryEntry {
  at: Date;
  text: string;
}

const position = (stage: ApplicantStage) => applicantStages.indexOf(stage);

/**
 * A stage move as the applicant reads it at /mijn. An exit is told without its reason code: the
 * reason (an objection to the VGB, say) is for the conversation, not a line on a page.
 */
export function describeMyMove(move: MyMove): string {
  const stage = stageInfo[move.toStage].title;
  switch (move.toStatus) {
    case "withdrawn":
      if (move.reasonCode === "applicant_withdrew") return "Je hebt je aanmelding ingetrokken.";
      if (move.reasonCode === "applicant_asked_deletion")
        return "Je hebt gevraagd je gegevens te verwijderen. Daarmee is je aanmelding gestopt.";
      return "Je aanmelding is gestopt.";
    case "rejected":
      return "Je aanmelding is afgesloten: we gaan niet met je verder. Je hebt hierover bericht van ons gekregen.";
    case "parked":
      return `Je aanmelding staat even in de wacht (in de fase ${stage}).`;
    case "draft":
      return "Je bent opnieuw begonnen met je aanmelding.";
  }
  if (!move.fromStage) return `Je bent begonnen in de fase ${stage}.`;
  if (move.fromStage === move.toStage) return `Je aanmelding loopt weer, in de fase ${stage}.`;
  return position(move.toStage) > position(move.fromStage)
    ? `Je bent door naar de fase ${stage}.`
    : `Je aanmelding staat weer in de fase ${stage}.`;
}

/** Where the application stands now, in one sentence. */
export function describeMyStatus(stage: ApplicantStage, status: string): string {
  const title = stageInfo[stage].title;
  switch (status) {
    case "draft":
      return "Je aanmelding is nog niet verstuurd.";
    case "parked":
      return `Je aanmelding staat in de wacht, in de fase ${title}.`;
    case "withdrawn":
      return "Je aanmelding is gestopt.";
    case "rejected":
      return "Je aanmelding is afgesloten.";
    default:
      return `Je aanmelding loopt. Je bent nu in de fase ${title}.`;
  }
}

/** Moves and the mail we sent, newest first. */
export function myHistory(moves: MyMove[], mails: { subject: string; sentAt: Date }[]): MyHistoryEntry[] {
  return [
    ...moves.map((move) => ({ at: move.at, text: describeMyMove(move) })),
    ...mails.map((mail) => ({ at: mail.sentAt, text: `We stuurden je een e-mail: ${mail.subject}` })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
}
