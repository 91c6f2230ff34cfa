import { z } from "zod";

/** The version a form saw of a row (an int4 in the database): a forged value out of range is refused here, not by Postgres. */
export const rowVersion = z.coerce
  .number()
  .int()
  .min(0)
  .max(2_147_483_647, "Deze pagina is verouderd. Laad hem opnieuw en probeer het nog eens.");
