import { refusedMoveMessages } from "../screening/moves";
import { type ParentType, parentTypeLabels } from "./options";
import { type ApplicantStage, applicantStages, stageInfo } from "./stages";

/** One row of public.stage_routes: a move some parent type's route allows. */
export interface StageRoute {
  parentType: ParentType;
  fromStage: ApplicantStage;
  toStage: ApplicantStage;
}

/** A card on the recruiter's board, as the server renders it and the board island moves it. */
export interface BoardCard {
  id: string;
  name: string;
  /** The version the board saw; a move names it, so a colleague's move in between is refused. */
  version: number;
  stage: ApplicantStage;
  parentTypes: ParentType[];
  daysQuiet: number;
  quiet: boolean;
  assignee: string;
  nextAction: { text: string; overdue: boolean } | null;
}

export interface BoardColumn {
  stage: ApplicantStage;
  /** Matches in this stage, of which the board shows at most a limited number. */
  count: number;
  /** The table filtered on this stage, for when the board shows only part of the column. */
  tableHref: string;
}

/** What the applicant wants to become, as the board and the table show it. */
export const parentTypesText = (types: readonly ParentType[]) =>
  types.map((type) => parentTypeLabels[type]).join(", ") || "Nog niet gekozen";

export const quietText = (days: number) =>
  days === 1 ? "1 dag geen activiteit" : `${days} dagen geen activiteit`;

/**
 * Where a card can go from the board in one move: the stages next to its own on any of its parent
 * types' routes, in board order. "Beschikbaar" only through approval on the applicant page, and
 * exits need a reason, which the applicant page's move form asks for.
 */
export function boardMoveTargets(
  card: Pick<BoardCard, "stage" | "parentTypes">,
  routes: readonly StageRoute[],
): ApplicantStage[] {
  return applicantStages.filter(
    (stage) =>
      stage !== "available" &&
      routes.some(
        (route) =>
          route.fromStage === card.stage &&
          route.toStage === stage &&
          card.parentTypes.includes(route.parentType),
      ),
  );
}

/**
 * Why the board refuses a drop without asking the server, in the words the server would use; the
 * server still decides every move it is asked for (requirements such as the VGB, a stale version).
 */
export function boardMoveRefusal(
  card: Pick<BoardCard, "stage" | "parentTypes">,
  to: ApplicantStage,
  routes: readonly StageRoute[],
): string | undefined {
  if (boardMoveTargets(card, routes).includes(to)) return undefined;
  return to === "available"
    ? refusedMoveMessages.approval_required.message
    : refusedMoveMessages.not_on_route.message;
}

/** The board after a move the server accepted: the card leads its new column, counts follow. */
export function applyBoardMove(
  board: { cards: BoardCard[]; counts: Partial<Record<ApplicantStage, number>> },
  cardId: string,
  to: ApplicantStage,
  version: number,
): { cards: BoardCard[]; counts: Partial<Record<ApplicantStage, number>> } {
  const card = board.cards.find((candidate) => candidate.id === cardId);
  if (!card || card.stage === to) return board;
  const moved: BoardCard = { ...card, stage: to, version, daysQuiet: 0, quiet: false };
  const counts = { ...board.counts };
  if (counts[card.stage] !== undefined) counts[card.stage] = Math.max(0, (counts[card.stage] ?? 0) - 1);
  if (counts[to] !== undefined) counts[to] = (counts[to] ?? 0) + 1;
  return { cards: [moved, ...board.cards.filter((candidate) => candidate !== card)], counts };
}

const title = (stage: ApplicantStage) => stageInfo[stage].title;

/** What a screen reader hears while a card is moved with the keyboard (the board's live region). */
export const boardAnnouncements = {
  pickedUp: (name: string, stage: ApplicantStage) =>
    `Kaart opgepakt: ${name}, fase ${title(stage)}. Gebruik pijltjes links en rechts om een fase te kiezen, ` +
    "Enter of spatie om neer te zetten en Escape om te annuleren.",
  over: (to: ApplicantStage, from: ApplicantStage) =>
    to === from ? `Boven ${title(to)}, de huidige fase.` : `Boven ${title(to)}.`,
  noFurther: (stage: ApplicantStage) => `Boven ${title(stage)}. Verder kan deze kaart niet in één stap.`,
  moving: (name: string, to: ApplicantStage) => `${name} wordt verplaatst naar ${title(to)}…`,
  moved: (name: string, to: ApplicantStage) => `Verplaatst naar ${title(to)}: ${name}.`,
  refused: (name: string, reason: string) => `Niet verplaatst: ${name}. ${reason}`,
  cancelled: (name: string, stage: ApplicantStage) =>
    `Verplaatsen geannuleerd. ${name} blijft in ${title(stage)}.`,
};
