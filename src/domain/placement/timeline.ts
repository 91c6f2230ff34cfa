import { type DeclineReason, declineReasonLabels, type EndReason, endReasonLabels } from "./workflow";

/** What the timeline needs of a proposal; the server's PlacementProposal has it all. */
export interface TimelineProposal {
  status: "shortlisted" | "proposed" | "accepted" | "declined";
  message: string | null;
  declineReason: DeclineReason | null;
  answerNote: string | null;
  shortlistedBy: string | null;
  shortlistedAt: Date;
  proposedBy: string | null;
  proposedAt: Date | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  owning: { name: string };
  household: { label: string };
  placement: {
    places: number;
    placedBy: string | null;
    placedAt: Date;
    endedBy: string | null;
    endedAt: Date | null;
    endReason: EndReason | null;
    endNote: string | null;
  } | null;
}

export interface TimelineEvent {
  at: Date;
  title: string;
  detail?: string;
  byViewer: boolean;
}

/** Every step of the proposals, newest first: the need's timeline, or one proposal's. */
export function placementTimeline(proposals: readonly TimelineProposal[], viewerId: string): TimelineEvent[] {
  const event = (at: Date, by: string | null, title: string, ...details: (string | null | undefined)[]) => ({
    at,
    title,
    detail: details.filter(Boolean).join(". ") || undefined,
    byViewer: by !== null && by === viewerId,
  });
  return proposals
    .flatMap((proposal) => {
      const household = proposal.household.label;
      const steps: TimelineEvent[] = [
        event(proposal.shortlistedAt, proposal.shortlistedBy, `${household} op de shortlist gezet`),
      ];
      if (proposal.proposedAt) {
        steps.push(
          event(
            proposal.proposedAt,
            proposal.proposedBy,
            `${household} voorgesteld aan ${proposal.owning.name}`,
            proposal.message && `Bericht: ${proposal.message}`,
          ),
        );
      }
      if (proposal.answeredAt) {
        const accepted = proposal.status === "accepted";
        steps.push(
          event(
            proposal.answeredAt,
            proposal.answeredBy,
            `${proposal.owning.name} heeft ${household} ${accepted ? "geaccepteerd" : "afgewezen"}`,
            proposal.declineReason && `Reden: ${declineReasonLabels[proposal.declineReason]}`,
            proposal.answerNote && `Toelichting: ${proposal.answerNote}`,
          ),
        );
      }
      const placement = proposal.placement;
      if (placement) {
        steps.push(
          event(
            placement.placedAt,
            placement.placedBy,
            `Geplaatst bij ${household}`,
            `${placement.places} ${placement.places === 1 ? "plek" : "plekken"} bezet`,
          ),
        );
        if (placement.endedAt) {
          steps.push(
            event(
              placement.endedAt,
              placement.endedBy,
              `Plaatsing bij ${household} beëindigd`,
              placement.endReason && `Reden: ${endReasonLabels[placement.endReason]}`,
              placement.endNote && `Toelichting: ${placement.endNote}`,
            ),
          );
        }
      }
      return steps;
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}
