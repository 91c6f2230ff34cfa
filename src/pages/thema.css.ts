import type { APIRoute } from "astro";
import { openhuisTheme, regionThemes } from "../domain/theme/region-themes";
import { themeStylesheet } from "../domain/theme/theme-stylesheet";

// Built once into dist/client/thema.css: the themes are data in the code, not in the database.
export const prerender = true;

export const GET: APIRoute = () =>
  new Response(themeStylesheet(openhuisTheme, regionThemes), {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
