import { contrastRatio } from "./contrast";

/**
 * The colours a theme sets. Each becomes a custom property `--color-<name in kebab case>`, which
 * src/styles/tokens.css maps onto the NL Design System tokens (`--utrecht-*`).
 */
export interface ThemeColours {
  text: string;
  muted: string;
  background: string;
  /** Header, alerts and highlighted blocks. */
  surface: string;
  /** Links, buttons, the main navigation's bar. */
  primary: string;
  /** Hovered links and buttons. */
  primaryDark: string;
  /** Text on primary and on primaryDark: button labels, the main navigation's links. */
  onPrimary: string;
  /** Input and card borders. */
  border: string;
  /** Decoration only (the logo, a quote's edge): never text, never the only sign of anything. */
  accent: string;
  error: string;
  success: string;
}

/** A region's own logo: a file under public/logos, drawn beside the site's name. */
export interface ThemeLogo {
  src: `/logos/${string}`;
  width: number;
  height: number;
}

export interface SiteTheme {
  /** The region's slug (regions.slug), or "openhuis" for the site's own theme. */
  id: string;
  colours: ThemeColours;
  /** Without one, the Openhuis mark is drawn in the theme's colours. */
  logo: ThemeLogo | null;
}

/** Text (first) on a background (second): WCAG 1.4.3 asks 4.5:1 of normal-sized text. */
export const textPairs: readonly (readonly [keyof ThemeColours, keyof ThemeColours])[] = [
  ["text", "background"],
  ["text", "surface"],
  ["muted", "background"],
  ["muted", "surface"],
  ["primary", "background"],
  ["primary", "surface"],
  ["primaryDark", "background"],
  ["onPrimary", "primary"],
  ["onPrimary", "primaryDark"],
  ["error", "background"],
  ["error", "surface"],
  ["success", "background"],
  ["success", "surface"],
];

/** A control's edge on its background: WCAG 1.4.11 asks 3:1 of what marks a control. */
export const nonTextPairs: readonly (readonly [keyof ThemeColours, keyof ThemeColours])[] = [
  ["border", "background"],
  ["border", "surface"],
];

export const minimumTextContrast = 4.5;
export const minimumNonTextContrast = 3;

/** Every pair of a theme's colours that falls short of WCAG AA, described for a test's failure message. */
export function contrastShortfalls(theme: SiteTheme): string[] {
  const check = (pairs: typeof textPairs, minimum: number) =>
    pairs.flatMap(([foreground, background]) => {
      const ratio = contrastRatio(theme.colours[foreground], theme.colours[background]);
      return ratio < minimum
        ? [`${theme.id}: ${foreground} on ${background} is ${ratio.toFixed(2)}:1, needs ${minimum}:1`]
        : [];
    });
  return [...check(textPairs, minimumTextContrast), ...check(nonTextPairs, minimumNonTextContrast)];
}
