import { actions, isInputError } from "astro:actions";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  applyBoardMove,
  type BoardCard,
  boardAnnouncements,
  boardMoveRefusal,
  boardMoveTargets,
  type StageRoute,
} from "../../domain/applications/pipeline-board";
import { type ApplicantStage, applicantStages } from "../../domain/applications/stages";
import { isUserFacingActionError } from "../forms/user-facing-error";

/** A card picked up with the keyboard, and the column it would be put down in. */
export interface LiftedCard {
  cardId: string;
  over: ApplicantStage;
}

const somethingWentWrong = "Er ging iets mis. Probeer het opnieuw.";

/** The server's Dutch reason for a refused move: a field's first message, or the action's own message. */
function refusalMessage(error: unknown): string {
  if (isInputError(error)) {
    const first = Object.values(error.fields).find((messages) => messages?.[0]);
    return first?.[0] ?? somethingWentWrong;
  }
  return isUserFacingActionError(error) ? error.message : somethingWentWrong;
}

/**
 * The board's moves: each goes to the same action as the card's form without JavaScript, with the
 * version the board saw; the card moves only once the server has accepted, so a refusal leaves it
 * where it was, with the server's reason beside it and in the live region.
 */
export function useBoardMoves(initial: {
  cards: BoardCard[];
  counts: Partial<Record<ApplicantStage, number>>;
  routes: StageRoute[];
  refusals: Record<string, string>;
}) {
  const { routes } = initial;
  const [board, setBoard] = useState({ cards: initial.cards, counts: initial.counts });
  const [refusals, setRefusals] = useState(initial.refusals);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [lifted, setLifted] = useState<LiftedCard | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** After a keyboard move: the card to focus again, or the column it left when it is no longer shown. */
  const [focusAfterMove, setFocusAfterMove] = useState<{ cardId: string; left: ApplicantStage } | null>(null);
  const cards = useRef(board.cards);
  cards.current = board.cards;

  useEffect(() => {
    if (!focusAfterMove) return;
    const { cardId, left } = focusAfterMove;
    (document.getElementById(`oppakken-${cardId}`) ?? document.getElementById(`fase-${left}`))?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const refuse = useCallback((card: BoardCard, reason: string) => {
    setRefusals((current) => ({ ...current, [card.id]: reason }));
    setAnnouncement(boardAnnouncements.refused(card.name, reason));
  }, []);

  /** Asks the server to move a card (`to` as a form would send it) and follows its answer. */
  const move = useCallback(
    async (cardId: string, to: string, returnFocus: boolean) => {
      const card = cards.current.find((candidate) => candidate.id === cardId);
      if (!card || to === card.stage) return;
      const stage = applicantStages.find((candidate) => candidate === to);
      const refused = stage && boardMoveRefusal(card, stage, routes);
      if (refused) return refuse(card, refused);
      const form = new FormData();
      form.set("applicationId", card.id);
      form.set("toStage", to);
      form.set("expectedVersion", String(card.version));
      setBusy((current) => new Set(current).add(card.id));
      if (stage) setAnnouncement(boardAnnouncements.moving(card.name, stage));
      const result = await actions.screening.moveApplicant(form).catch((error: unknown) => ({
        data: undefined,
        error,
      }));
      setBusy((current) => {
        const next = new Set(current);
        next.delete(card.id);
        return next;
      });
      if (result.error || !result.data || !stage) return refuse(card, refusalMessage(result.error));
      const { version } = result.data;
      setBoard((current) => applyBoardMove(current, card.id, stage, version));
      setRefusals(({ [card.id]: _, ...rest }) => rest);
      setAnnouncement(boardAnnouncements.moved(card.name, stage));
      if (returnFocus) setFocusAfterMove({ cardId: card.id, left: card.stage });
    },
    [routes, refuse],
  );

  const keyboard = {
    lift(card: BoardCard) {
      setRefusals(({ [card.id]: _, ...rest }) => rest);
      setLifted({ cardId: card.id, over: card.stage });
      setAnnouncement(boardAnnouncements.pickedUp(card.name, card.stage));
    },
    step(card: BoardCard, direction: -1 | 1) {
      if (lifted?.cardId !== card.id) return;
      const stops = applicantStages.filter(
        (stage) => stage === card.stage || boardMoveTargets(card, routes).includes(stage),
      );
      const next = stops[stops.indexOf(lifted.over) + direction];
      if (!next) return setAnnouncement(boardAnnouncements.noFurther(lifted.over));
      setLifted({ cardId: card.id, over: next });
      setAnnouncement(boardAnnouncements.over(next, card.stage));
      document.getElementById(`fase-${next}`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
    },
    drop(card: BoardCard) {
      if (lifted?.cardId !== card.id) return;
      setLifted(null);
      if (lifted.over === card.stage)
        return setAnnouncement(boardAnnouncements.cancelled(card.name, card.stage));
      void move(card.id, lifted.over, true);
    },
    cancel(card: BoardCard) {
      if (lifted?.cardId !== card.id) return;
      setLifted(null);
      setAnnouncement(boardAnnouncements.cancelled(card.name, card.stage));
    },
  };

  return { board, refusals, busy, lifted, announcement, move, keyboard };
}
