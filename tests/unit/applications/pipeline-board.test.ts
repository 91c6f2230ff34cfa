import { describe, expect, it } from "vitest";
import {
  applyBoardMove,
  type BoardCard,
  boardAnnouncements,
  boardMoveRefusal,
  parentTypesText,
  type StageRoute,
} from "../../../src/domain/applications/pipeline-board";

// Part of the foster route as public.stage_routes holds it: each stage to the next and back one.
const routes: StageRoute[] = [
  { parentType: "foster", fromStage: "application", toStage: "screening" },
  { parentType: "foster", fromStage: "application", toStage: "introduction" },
  { parentType: "foster", fromStage: "screening", toStage: "preparation" },
  { parentType: "foster", fromStage: "screening", toStage: "application" },
  { parentType: "foster", fromStage: "decision", toStage: "available" },
];

const card = (id: string, changes: Partial<BoardCard> = {}): BoardCard => ({
  id,
  name: `Aanmelder ${id}`,
  version: 3,
  stage: "application",
  parentTypes: ["foster"],
  daysQuiet: 20,
  quiet: true,
  assignee: "Niet toegewezen",
  nextAction: null,
  ...changes,
});

describe("a drop on the board", () => {
  it("is left to the server when the route allows it, as the requirements are the server's to check", () => {
    expect(boardMoveRefusal(card("a"), "screening", routes)).toBeUndefined();
    expect(boardMoveRefusal(card("a", { stage: "screening" }), "preparation", routes)).toBeUndefined();
  });

  it("is refused with the server's words when the route does not allow it, or the applicant's types have no route", () => {
    expect(boardMoveRefusal(card("a"), "decision", routes)).toMatch(/past niet in de route/);
    expect(boardMoveRefusal(card("a", { parentTypes: ["support"] }), "screening", routes)).toMatch(
      /past niet in de route/,
    );
  });

  it("on 'Beschikbaar' points to approval, even where the route leads there", () => {
    expect(boardMoveRefusal(card("a", { stage: "decision" }), "available", routes)).toMatch(
      /alleen via goedkeuren/,
    );
  });
});

describe("the board after an accepted move", () => {
  const board = {
    cards: [card("a"), card("b"), card("c", { stage: "screening" })],
    counts: { application: 12, screening: 4 },
  };

  it("puts the card first in its new column with the new version and no quiet days, and moves one from count to count", () => {
    const after = applyBoardMove(board, "b", "screening", 4);
    expect(after.cards.map((moved) => [moved.id, moved.stage])).toEqual([
      ["b", "screening"],
      ["a", "application"],
      ["c", "screening"],
    ]);
    expect(after.cards[0]).toMatchObject({ version: 4, daysQuiet: 0, quiet: false });
    expect(after.counts).toEqual({ application: 11, screening: 5 });
  });

  it("leaves counts of columns the board does not show alone, and a card it does not know", () => {
    expect(applyBoardMove(board, "a", "preparation", 4).counts).toEqual({ application: 11, screening: 4 });
    expect(applyBoardMove(board, "z", "screening", 4)).toBe(board);
  });
});

describe("what the board says", () => {
  it("announces in Dutch what the keyboard does", () => {
    expect(boardAnnouncements.pickedUp("Sanne de Vries", "screening")).toMatch(
      /^Kaart opgepakt: Sanne de Vries, fase Screening\. Gebruik pijltjes links en rechts/,
    );
    expect(boardAnnouncements.over("screening", "screening")).toBe("Boven Screening, de huidige fase.");
    expect(boardAnnouncements.moved("Sanne de Vries", "preparation")).toBe(
      "Verplaatst naar Voorbereiding: Sanne de Vries.",
    );
    expect(boardAnnouncements.refused("Sanne de Vries", "Kies een fase.")).toBe(
      "Niet verplaatst: Sanne de Vries. Kies een fase.",
    );
  });

  it("names what the applicant wants to become, or that they have not chosen yet", () => {
    expect(parentTypesText(["foster", "support"])).toBe("Pleegouder, Steunouder");
    expect(parentTypesText([])).toBe("Nog niet gekozen");
  });
});
