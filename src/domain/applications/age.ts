import type { ParentType } from "./options";

/** Jeugdwet art. 5.1: a foster parent is 21 or older; providers hold family-home parents to the same. */
export const minimumAge: Record<ParentType, number> = { foster: 21, family_home: 21, support: 18 };

export function ageOn(dateOfBirth: Date, today: Date): number {
  let age = today.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (today.getUTCMonth() === dateOfBirth.getUTCMonth() && today.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}

/** The parent types this person is too young for today, with a Dutch explanation. */
export function ageProblem(
  dateOfBirth: Date,
  chosen: readonly ParentType[],
  today: Date,
): string | undefined {
  const age = ageOn(dateOfBirth, today);
  const tooYoungFor = chosen.filter((type) => age < minimumAge[type]);
  if (tooYoungFor.length === 0) return undefined;
  if (age < 18) return "Je moet minstens 18 jaar zijn om je aan te melden.";
  return "Pleegouder of gezinshuisouder kun je worden vanaf 21 jaar. Steunouder kan al vanaf 18 jaar: kies die, of meld je aan als je 21 bent.";
}
