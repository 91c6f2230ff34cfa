import type { KeyboardEvent, SubmitEvent } from "react";
import { type BoardCard, parentTypesText, quietText } from "../../domain/applications/pipeline-board";
import { type ApplicantStage, stageInfo } from "../../domain/applications/stages";
import { controlClass } from "../forms/control-class";

interface Props {
  card: BoardCard;
  /** The stages the card's move form offers. */
  targets: ApplicantStage[];
  moveFormAction?: string;
  /** The stage chosen in a form post the server refused. */
  chosenTarget?: string;
  /** Why the last move of this card was refused. */
  refusal?: string;
  /** Hydrated on a board where cards move: draggable, with a button to pick the card up. */
  enhanced: boolean;
  busy: boolean;
  /** Picked up with the keyboard: the column it is over. */
  liftedOver?: ApplicantStage;
  onSubmitMove(to: string): void;
  onDragStart(): void;
  onDragEnd(): void;
  keyboard: {
    lift(card: BoardCard): void;
    step(card: BoardCard, direction: -1 | 1): void;
    drop(card: BoardCard): void;
    cancel(card: BoardCard): void;
  };
}

export default function PipelineBoardCard(props: Props) {
  const { card, targets, moveFormAction, refusal, enhanced, busy, liftedOver, keyboard } = props;
  const errorId = `kaart-${card.id}-fout`;
  const classes = [
    "board__card",
    card.quiet && "board__card--quiet",
    liftedOver && "board__card--lifted",
    busy && "board__card--busy",
  ];

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) props.onSubmitMove(String(new FormData(event.currentTarget).get("toStage") ?? ""));
  }

  // Enter and space reach the button as a click: the first picks the card up, the next puts it down.
  function carry(event: KeyboardEvent<HTMLButtonElement>) {
    if (!liftedOver) return;
    const direction = { ArrowLeft: -1, ArrowRight: 1 }[event.key] as -1 | 1 | undefined;
    if (direction) keyboard.step(card, direction);
    else if (event.key === "Escape") keyboard.cancel(card);
    else return;
    event.preventDefault();
  }

  return (
    <li
      className={classes.filter(Boolean).join(" ")}
      aria-busy={busy || undefined}
      draggable={enhanced && !busy ? true : undefined}
      onDragStart={(event) => {
        // Some browsers start a drag only with data; the card itself travels in the board's state.
        event.dataTransfer.setData("text/plain", "aanmelding");
        event.dataTransfer.effectAllowed = "move";
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
    >
      <a href={`/werving/aanmeldingen/${card.id}`}>{card.name}</a>
      <span>{parentTypesText(card.parentTypes)}</span>
      <span>
        {card.quiet && <strong>Let op: </strong>}
        {quietText(card.daysQuiet)}
      </span>
      <span>{card.assignee}</span>
      {card.nextAction && (
        <span className={card.nextAction.overdue ? "overdue" : undefined}>
          {card.nextAction.overdue && <strong>Te laat: </strong>}
          {card.nextAction.text}
        </span>
      )}
      {refusal && (
        <p className="field__error" id={errorId}>
          Niet verplaatst: {refusal}
        </p>
      )}
      {moveFormAction !== undefined && targets.length > 0 && (
        <form method="post" action={moveFormAction} className="board__move" onSubmit={submit}>
          <input type="hidden" name="applicationId" value={card.id} />
          <input type="hidden" name="expectedVersion" value={String(card.version)} />
          <label htmlFor={`naar-${card.id}`}>
            <span className="visually-hidden">{card.name} </span>naar fase
          </label>
          <select
            id={`naar-${card.id}`}
            className={controlClass("select", Boolean(refusal))}
            name="toStage"
            defaultValue={props.chosenTarget ?? ""}
            aria-describedby={refusal ? errorId : undefined}
            aria-invalid={refusal ? true : undefined}
          >
            <option value="">Kies</option>
            {targets.map((stage) => (
              <option key={stage} value={stage}>
                {stageInfo[stage].title}
              </option>
            ))}
          </select>
          <button className="utrecht-button utrecht-button--secondary-action" type="submit">
            Verplaatsen<span className="visually-hidden"> {card.name}</span>
          </button>
        </form>
      )}
      {enhanced && targets.length > 0 && (
        <p className="board__carry">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            id={`oppakken-${card.id}`}
            aria-label={`Oppakken: ${card.name}`}
            aria-pressed={liftedOver !== undefined}
            aria-describedby={["bord-uitleg", refusal && errorId].filter(Boolean).join(" ")}
            onClick={() => {
              if (busy) return;
              if (liftedOver) keyboard.drop(card);
              else keyboard.lift(card);
            }}
            onKeyDown={carry}
            onBlur={() => keyboard.cancel(card)}
          >
            Oppakken
          </button>
          {liftedOver && <span> Naar: {stageInfo[liftedOver].title}</span>}
        </p>
      )}
    </li>
  );
}
