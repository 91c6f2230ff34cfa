import { en } from "./dictionaries/en";
import { nl, type UiStrings } from "./dictionaries/nl";
import type { Locale } from "./locales";

const dictionaries: Record<Locale, UiStrings> = { nl, en };

export const uiStrings = (locale: Locale): UiStrings => dictionaries[locale];
