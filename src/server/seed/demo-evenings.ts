import { addCalendarDays, amsterdamDate, amsterdamToUtc } from "../../domain/evenings/amsterdam-time";
import type { SqlExecutor } from "../sql/engine";
import { stableUuid } from "./random";

interface DemoEvening {
  key: string;
  organisationSlug: string;
  createdByEmail: string | null;
  title: string;
  description: string;
  daysAhead: number;
  from: string;
  until: string;
  place: { name: string; address: string; city: string } | { joinUrl: string };
  capacity: number;
}

const demoEvenings: readonly DemoEvening[] = [
  {
    key: "utrecht-stad-pleegzorg",
    organisationSlug: "pleegzorg-utrecht-stad",
    createdByEmail: "werver@openhuis.test",
    title: "Informatieavond pleegzorg Utrecht",
    description:
      "Wat betekent het om een kind in je gezin op te nemen? Pleegouders en medewerkers vertellen hoe het gaat, van het eerste gesprek tot de eerste plaatsing.\n\nJe zit nergens aan vast. Koffie en thee staan klaar.",
    daysAhead: 8,
    from: "19:30",
    until: "21:30",
    place: { name: "Buurthuis De Pijler", address: "Voorbeeldstraat 12", city: "Utrecht" },
    capacity: 30,
  },
  {
    key: "utrecht-stad-online",
    organisationSlug: "pleegzorg-utrecht-stad",
    createdByEmail: "werver@openhuis.test",
    title: "Online informatieavond: pleegouder worden",
    description:
      "Een uur online, vanaf je eigen bank. We vertellen over de vormen van pleegzorg en de stappen naar pleegouderschap, en beantwoorden je vragen via de chat.",
    daysAhead: 15,
    from: "20:00",
    until: "21:15",
    place: { joinUrl: "https://meet.openhuis.test/pleegzorg-utrecht-stad" },
    capacity: 100,
  },
  {
    key: "utrecht-stad-steunouder",
    organisationSlug: "pleegzorg-utrecht-stad",
    createdByEmail: "werver@openhuis.test",
    title: "Informatiemiddag steunouder worden",
    description:
      "Steunouders vangen een kind een weekend per maand of een deel van de vakanties op. Hoor van steunouders zelf hoe dat gaat.",
    daysAhead: 22,
    from: "14:00",
    until: "15:30",
    place: { name: "Bibliotheek Nieuwegein", address: "Voorbeeldplein 3", city: "Nieuwegein" },
    capacity: 15,
  },
  {
    key: "heuvelrug-gezinshuis",
    organisationSlug: "gezinshuizen-de-heuvelrug",
    createdByEmail: "werver.heuvelrug@openhuis.test",
    title: "Informatieavond gezinshuisouder worden",
    description:
      "Een gezinshuis is een gewoon gezin waar ook kinderen wonen die niet thuis kunnen opgroeien. Gezinshuisouders vertellen over hun werk en wat je ervoor nodig hebt.",
    daysAhead: 12,
    from: "19:30",
    until: "21:30",
    place: { name: "Dorpshuis De Linde", address: "Voorbeeldlaan 8", city: "Zeist" },
    capacity: 20,
  },
  {
    key: "eemland-steunouder",
    organisationSlug: "steunouders-eemland",
    // Steunouders Eemland has no recruiter in the demo; its evening was planned before Openhuis.
    createdByEmail: null,
    title: "Informatieavond steunouder worden in Amersfoort",
    description:
      "Steunouders vangen een kind bijvoorbeeld één weekend per maand op, zodat het thuis kan blijven wonen. Een steunouder uit Amersfoort vertelt hoe dat gaat.",
    daysAhead: 9,
    from: "19:30",
    until: "21:00",
    place: { name: "Wijkcentrum De Kei", address: "Voorbeeldweg 21", city: "Amersfoort" },
    capacity: 25,
  },
];

/**
 * Upcoming information evenings for the demo region, dated from `today`. Fixed ids and
 * `on conflict do nothing`, so running it again changes nothing. Run as the service (seed).
 */
export async function seedDemoEvenings(tx: SqlExecutor, today: Date): Promise<void> {
  const day = amsterdamDate(today);
  const rows = demoEvenings.map((evening) => {
    const date = addCalendarDays(day, evening.daysAhead);
    const online = "joinUrl" in evening.place;
    return {
      id: stableUuid(`information-evening/${evening.key}`),
      organisation_slug: evening.organisationSlug,
      created_by_email: evening.createdByEmail,
      title: evening.title,
      description: evening.description,
      starts_at: amsterdamToUtc(date, evening.from).toISOString(),
      ends_at: amsterdamToUtc(date, evening.until).toISOString(),
      online,
      location_name: "name" in evening.place ? evening.place.name : null,
      location_address: "address" in evening.place ? evening.place.address : null,
      location_city: "city" in evening.place ? evening.place.city : null,
      join_url: "joinUrl" in evening.place ? evening.place.joinUrl : null,
      capacity: evening.capacity,
    };
  });
  await tx.query(
    `insert into public.information_evenings (
       id, organisation_id, region_id, title, description, starts_at, ends_at, online,
       location_name, location_address, location_city, join_url, capacity, created_by)
     select v.id, o.id, o.region_id, v.title, v.description, v.starts_at, v.ends_at, v.online,
       v.location_name, v.location_address, v.location_city, v.join_url, v.capacity, u.id
     from jsonb_to_recordset($1::text::jsonb) as v(
       id uuid, organisation_slug text, created_by_email text, title text, description text,
       starts_at timestamptz, ends_at timestamptz, online boolean, location_name text,
       location_address text, location_city text, join_url text, capacity integer)
     join public.organisations o on o.slug = v.organisation_slug
     left join auth.users u on u.email = v.created_by_email
     on conflict (id) do nothing`,
    [JSON.stringify(rows)],
  );
}
