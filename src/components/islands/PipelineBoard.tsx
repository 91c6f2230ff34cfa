import { type DragEvent, useEffect, useState } from "react";
import {
  type BoardCard,
  type BoardColumn,
  boardMoveTargets,
  type StageRoute,
} from "../../domain/applications/pipeline-board";
import { type ApplicantStage, stageInfo } from "../../domain/applications/stages";
import PipelineBoardCard from "./PipelineBoardCard";
import { useBoardMoves } from "./use-board-moves";

interface Props {
  columns: BoardColumn[];
  cards: BoardCard[];
  routes: StageRoute[];
  /** Where a card's move form posts (the action on this view); without it the board only shows. */
  moveFormAction?: string;
  /** A move the server refused after a form post without JavaScript, shown at its card. */
  refusedMove?: { applicationId: string; toStage: string; message: string };
}

/**
 * The recruiter's board: a column per stage with its count and cards. Rendered on the server, where
 * each card's move form works without JavaScript; hydrated, cards can also be dragged to another
 * column or picked up, carried and put down with the keyboard, through the same action.
 */
export default function PipelineBoard({ columns, cards, routes, moveFormAction, refusedMove }: Props) {
  const [inBrowser, setInBrowser] = useState(false);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const [dropOver, setDropOver] = useState<ApplicantStage | null>(null);
  const moves = useBoardMoves({
    cards,
    counts: Object.fromEntries(columns.map((column) => [column.stage, column.count])),
    routes,
    refusals: refusedMove ? { [refusedMove.applicationId]: refusedMove.message } : {},
  });
  useEffect(() => setInBrowser(true), []);
  const enhanced = inBrowser && moveFormAction !== undefined;
  const moving = dragging ?? moves.board.cards.find((card) => card.id === moves.lifted?.cardId);
  const openTargets = moving ? boardMoveTargets(moving, routes) : [];

  const dropHandlers = (stage: ApplicantStage) => ({
    onDragOver(event: DragEvent) {
      if (!dragging) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      setDropOver(stage);
    },
    onDragLeave(event: DragEvent) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropOver(null);
    },
    onDrop(event: DragEvent) {
      event.preventDefault();
      setDropOver(null);
      setDragging(null);
      if (dragging) void moves.move(dragging.id, stage, false);
    },
  });

  return (
    <>
      {enhanced && (
        <p id="bord-uitleg" className="board__help">
          Sleep een kaart naar een andere fase, of gebruik het toetsenbord: ga naar ‘Oppakken’ op de kaart en
          druk op Enter of spatie, kies de fase met de pijltjes links en rechts en druk nog eens op Enter.
          Escape annuleert.
        </p>
      )}
      <div className="board">
        {columns.map((column) => {
          const { title } = stageInfo[column.stage];
          const shown = moves.board.cards.filter((card) => card.stage === column.stage);
          const count = moves.board.counts[column.stage] ?? column.count;
          const classes = [
            "board__column",
            openTargets.includes(column.stage) && "board__column--open",
            (dropOver ?? moves.lifted?.over) === column.stage && moving && "board__column--target",
          ];
          return (
            <section
              key={column.stage}
              className={classes.filter(Boolean).join(" ")}
              aria-labelledby={`fase-${column.stage}`}
              {...(enhanced ? dropHandlers(column.stage) : {})}
            >
              <h3 id={`fase-${column.stage}`} tabIndex={-1}>
                {title} <span className="board__count">({count})</span>
              </h3>
              {shown.length === 0 ? (
                <p className="board__empty">Niemand in deze fase.</p>
              ) : (
                <ul className="board__cards">
                  {shown.map((card) => (
                    <PipelineBoardCard
                      key={card.id}
                      card={card}
                      targets={boardMoveTargets(card, routes)}
                      moveFormAction={moveFormAction}
                      chosenTarget={refusedMove?.applicationId === card.id ? refusedMove.toStage : undefined}
                      refusal={moves.refusals[card.id]}
                      enhanced={enhanced}
                      busy={moves.busy.has(card.id)}
                      liftedOver={moves.lifted?.cardId === card.id ? moves.lifted.over : undefined}
                      onSubmitMove={(to) => void moves.move(card.id, to, true)}
                      onDragStart={() => setDragging(card)}
                      onDragEnd={() => {
                        setDragging(null);
                        setDropOver(null);
                      }}
                      keyboard={moves.keyboard}
                    />
                  ))}
                </ul>
              )}
              {count > shown.length && (
                <p>
                  <a href={column.tableHref}>
                    Alle {count} in {title.toLowerCase()} in de tabel
                  </a>
                </p>
              )}
            </section>
          );
        })}
      </div>
      {enhanced && (
        <p className="visually-hidden" role="status">
          {moves.announcement}
        </p>
      )}
    </>
  );
}
