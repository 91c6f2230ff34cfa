import { type CareForm, careFormLabels } from "../capacity/labels";

/** Free places and open needs in one municipality for one care form. */
export interface SupplyAndDemand {
  municipality: string;
  careForm: CareForm;
  /** Active households with free places now, offering this care form. */
  households: number;
  freePlaces: number;
  /** Of those free places, how many sit with households that have not confirmed within their period. */
  unconfirmedFreePlaces: number;
  openNeeds: number;
  /** Children the open needs are for (siblings counted). */
  children: number;
}

export const careFormOrder: readonly CareForm[] = ["crisis", "short_term", "long_term", "part_time"];

/** Joins capacity and needs on municipality and care form; a side without the other shows zeros. */
export function combineSupplyAndDemand(
  supply: readonly Omit<SupplyAndDemand, "openNeeds" | "children">[],
  demand: readonly Pick<SupplyAndDemand, "municipality" | "careForm" | "openNeeds" | "children">[],
): SupplyAndDemand[] {
  const rows = new Map<string, SupplyAndDemand>();
  const empty = (municipality: string, careForm: CareForm): SupplyAndDemand => ({
    municipality,
    careForm,
    households: 0,
    freePlaces: 0,
    unconfirmedFreePlaces: 0,
    openNeeds: 0,
    children: 0,
  });
  const rowFor = (municipality: string, careForm: CareForm) => {
    const key = `${municipality}\u0000${careForm}`;
    const row = rows.get(key) ?? empty(municipality, careForm);
    rows.set(key, row);
    return row;
  };
  for (const { municipality, careForm, households, freePlaces, unconfirmedFreePlaces } of supply) {
    const row = rowFor(municipality, careForm);
    row.households += households;
    row.freePlaces += freePlaces;
    row.unconfirmedFreePlaces += unconfirmedFreePlaces;
  }
  for (const { municipality, careForm, openNeeds, children } of demand) {
    const row = rowFor(municipality, careForm);
    row.openNeeds += openNeeds;
    row.children += children;
  }
  return [...rows.values()].sort(
    (a, b) =>
      a.municipality.localeCompare(b.municipality, "nl") ||
      careFormOrder.indexOf(a.careForm) - careFormOrder.indexOf(b.careForm),
  );
}

/** Per care form over all municipalities: the figures the bar chart draws. */
export function totalsByCareForm(
  rows: readonly SupplyAndDemand[],
): { careForm: CareForm; freePlaces: number; children: number }[] {
  return careFormOrder.map((careForm) => {
    const ofForm = rows.filter((row) => row.careForm === careForm);
    return {
      careForm,
      freePlaces: ofForm.reduce((sum, row) => sum + row.freePlaces, 0),
      children: ofForm.reduce((sum, row) => sum + row.children, 0),
    };
  });
}

/** A spreadsheet would run a cell starting with = + - @ (or a tab/CR) as a formula: such cells get a leading quote. */
function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The overview as CSV for Dutch spreadsheets: semicolons, a header row, CRLF line ends. */
export function supplyAndDemandCsv(rows: readonly SupplyAndDemand[]): string {
  const header = [
    "Gemeente",
    "Zorgvorm",
    "Gezinnen met vrije plek",
    "Vrije plekken",
    "Waarvan niet bevestigd",
    "Open plaatsingsvragen",
    "Kinderen",
  ];
  const lines = rows.map((row) =>
    [
      row.municipality,
      careFormLabels[row.careForm],
      row.households,
      row.freePlaces,
      row.unconfirmedFreePlaces,
      row.openNeeds,
      row.children,
    ]
      .map(csvCell)
      .join(";"),
  );
  return `${[header.join(";"), ...lines].join("\r\n")}\r\n`;
}
