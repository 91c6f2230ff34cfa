/** The placeholders a recruiter's mail template may use, with what each becomes. */
export const mailPlaceholders = {
  voornaam: "de voornaam van de aanmelder",
  achternaam: "de achternaam van de aanmelder",
  organisatie: "de naam van je organisatie",
  datum: "de datum en tijd die je bij het versturen invult",
  werver: "jouw e-mailadres (van wie de e-mail komt)",
  fase: "de fase waarin de aanmelder nu is",
  reden: "de schriftelijke reden van het vastgelegde besluit",
  bericht: "de tekst die je bij het versturen typt",
} as const;
export type MailPlaceholder = keyof typeof mailPlaceholders;
export type PlaceholderValues = Partial<Record<MailPlaceholder, string>>;

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isKnown = (name: string): name is MailPlaceholder => Object.hasOwn(mailPlaceholders, name);

/** The placeholders a text uses, in order of first use. */
function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((match) => match[1]))];
}

/** Why a template text cannot be saved, in Dutch, or undefined when it can. */
export function placeholderProblem(text: string): string | undefined {
  const unknown = placeholdersIn(text).filter((name) => !isKnown(name));
  if (unknown.length > 0) {
    const names = unknown.map((name) => `{{${name}}}`).join(", ");
    return unknown.length === 1
      ? `De placeholder ${names} bestaat niet. Kies uit ${knownList()}.`
      : `De placeholders ${names} bestaan niet. Kies uit ${knownList()}.`;
  }
  if (/\{\{|\}\}/.test(text.replace(placeholderPattern, "")))
    return "Er staat een losse {{ of }} in de tekst. Schrijf een placeholder als {{voornaam}}.";
  return undefined;
}

const knownList = () =>
  Object.keys(mailPlaceholders)
    .map((name) => `{{${name}}}`)
    .join(", ");

export class MissingPlaceholderValue extends Error {
  readonly placeholder: MailPlaceholder;
  constructor(placeholder: MailPlaceholder) {
    super(`No value for {{${placeholder}}}`);
    this.placeholder = placeholder;
    this.name = "MissingPlaceholderValue";
  }
}

export class UnknownPlaceholder extends Error {
  readonly placeholder: string;
  constructor(placeholder: string) {
    super(`Unknown placeholder {{${placeholder}}}`);
    this.placeholder = placeholder;
    this.name = "UnknownPlaceholder";
  }
}

/**
 * Fills in the placeholders in one pass, so a value that itself looks like a placeholder stays as
 * typed. The result is plain text: whoever puts it in HTML escapes it (renderEmail, Astro).
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(placeholderPattern, (_, name: string) => {
    if (!isKnown(name)) throw new UnknownPlaceholder(name);
    const value = values[name];
    if (value === undefined || value.trim() === "") throw new MissingPlaceholderValue(name);
    return value;
  });
}
