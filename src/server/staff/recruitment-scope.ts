/**
 * SQL for the organisations whose recruitment the caller sees: those they recruit for, and those
 * they administer (an admin reads along in Werving). What they may change there, each function decides.
 */
export const recruitmentOrganisations =
  "(select private.my_organisations('recruiter') union select private.my_organisations('admin'))";

/** SQL over `organisation` (a uuid expression): whether the caller recruits for it. */
export const recruitsFor = (organisation: string) =>
  `${organisation} in (select private.my_organisations('recruiter'))`;
