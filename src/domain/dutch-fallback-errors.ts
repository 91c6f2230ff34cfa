import { z } from "zod";

const forgedValueMessage =
  "Deze waarde kunnen we niet gebruiken. Laad de pagina opnieuw en kies of vul het opnieuw in.";

/**
 * Every form field names its own Dutch messages; a value no form can send (a forged post, a stale
 * page, a hand-made URL) may still hit a check without one. It then gets Dutch too, never zod's English.
 * Loaded once per server process, by the middleware.
 */
export function configureDutchFallbackErrors(): void {
  const dutch = z.locales.nl().localeError;
  z.config({
    customError: (issue) =>
      issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_format"
        ? forgedValueMessage
        : undefined,
    localeError: dutch,
  });
}
