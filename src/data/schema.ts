/**
 * The data contract for everything in `content/data/`. Every fact-bearing value is a
 * `Fact`: its value, whether a source confirms it, the sources, and when it was checked.
 */
import { z } from 'astro/zod';
import { DURATION_UNITS } from '../lib/factText.ts';
import type { OpeningHours } from '../lib/hours.ts';
import { isoDate, nameText, openingPeriod, phoneNumber, sourceUrl, strict, visitorUrl } from './contract.ts';

export const sourceSchema = strict({
  url: sourceUrl.optional(),
  /** A city document without a public address: its name, number and date. */
  document: z.string().optional(),
  title: z.string().optional(),
  /** The date the source itself carries, when it has one. */
  date: isoDate.optional(),
}).refine((s) => s.url !== undefined || s.document !== undefined, 'a source needs a url or a document reference');

export const factStatus = z.enum(['verified', 'unverified']);

/**
 * A fact. `checked` is the date on which a source last confirmed the value (null when no
 * source gives a date). A value that no source confirms is stored as null and never shown.
 */
export function fact<T extends z.ZodType>(value: T) {
  return strict({
    value: value.nullable(),
    status: factStatus,
    checked: isoDate.nullable(),
    sources: z.array(z.string()).default([]),
    /** A value that does not change (112, 1177): shown without a check date, never "to re-check". */
    stable: z.boolean().optional(),
    note: z.string().optional(),
  });
}

/** A length of time as a source gives it: "up to 1,5 år", "two weeks at a time". */
export const durationValue = strict({
  amount: z.number().positive(),
  unit: z.enum(DURATION_UNITS),
});

export const agesValue = strict({ min: z.number().int().nullable(), max: z.number().int().nullable() });

export const phoneValue = strict({
  number: phoneNumber,
  /** The operator's own way of writing it, when it differs from the standard grouping. */
  display: z.string().optional(),
});

export const openingHoursValue = z.union([
  strict({ always: z.literal(true) }),
  strict({
    weekly: z.array(openingPeriod).min(1),
    publicHolidays: z.enum(['closed', 'open', 'unknown']),
  }),
]);

/** True when A and B are the same type, optional fields included. */
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/**
 * src/lib works on opening hours without zod (hours.ts); this does not compile when the
 * schema and that type disagree, so the two cannot drift apart.
 */
export type OpeningHoursMatchesSchema = Assert<Same<z.infer<typeof openingHoursValue>, OpeningHours>>;

export const audience = z.enum([
  'everyone',
  'women',
  'men',
  'young',
  'children',
  'lgbtq',
  'trans',
  'honour',
  'multilingual',
  'uses-violence',
  'sexual-violence',
  'crime-victims',
  'suicide',
  'professionals',
  'relatives',
]);

export const serviceSchema = strict({
  id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case ASCII'),
  /** The service's own name; proper names are not translated. */
  name: nameText(),
  kind: z.enum(['emergency', 'police', 'health', 'national-line', 'jour', 'city', 'region']),
  audience: z.array(audience).min(1),
  /** Absent for services that are not reached by phone (chats, websites). */
  phone: fact(phoneValue).optional(),
  /** Absent for websites, which have no opening hours. */
  hours: fact(openingHoursValue).optional(),
  /** A service open around the clock to point to while this one is closed. */
  whenClosed: z.string().optional(),
  web: fact(visitorUrl).optional(),
  chat: fact(visitorUrl).optional(),
  free: fact(z.boolean()).optional(),
  notOnPhoneBill: fact(z.boolean()).optional(),
  anonymous: fact(z.boolean()).optional(),
  interpreter: fact(z.boolean()).optional(),
  ages: fact(agesValue).optional(),
});

export const DISTRICT_IDS = [
  'bromma',
  'enskede-arsta-vantor',
  'farsta',
  'hagersten-alvsjo',
  'hasselby-vallingby',
  'jarva',
  'kungsholmen',
  'norra-innerstaden',
  'skarpnack',
  'skarholmen',
  'sodermalm',
] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

export const placeNameSchema = strict({
  name: nameText(2),
  /** The neighbourhood of this area the place lies in. */
  in: z.string(),
  sources: z.array(z.string()).default([]),
  note: z.string().optional(),
});

/** The scripts the finder matches besides Latin: Arabic, Persian (Arabic script) and Tigrinya (Ge'ez). */
export const SCRIPT_LANGS = ['ar', 'fa', 'ti'] as const;

/**
 * A name of this area as people write it in another script ("رينكبي" for Rinkeby). It routes a
 * person, so it must come from a source: the source's title says where the spelling is used.
 */
export const scriptNameSchema = strict({
  name: nameText(2),
  lang: z.enum(SCRIPT_LANGS),
  /** The name it writes, as this file writes it: the area, a neighbourhood, a place name or a former name. */
  of: nameText(),
  sources: z.array(z.string()).min(1, 'a name in another script needs a source that uses this spelling'),
  note: z.string().optional(),
});

export const districtSchema = strict({
  id: z.string(),
  name: nameText(),
  /** The formal stadsdelar; a note in brackets is shown but not matched, e.g. "Svedmyra (del av)". */
  neighbourhoods: z.array(nameText()).min(1),
  neighbourhoodSources: z.array(z.string()).min(1),
  /** Stations, squares and everyday names, each tied to the neighbourhood it lies in. */
  placeNames: z.array(placeNameSchema).default([]),
  /** Names of the districts this area was formed from. */
  formerNames: z.array(nameText()).default([]),
  /** Names in Arabic, Persian and Tigrinya script, each with its source. */
  scriptNames: z.array(scriptNameSchema).default([]),
  /** Which relationsvåldscentrum serves the area; null when no source confirms it. */
  rvc: fact(z.string()),
});

export const districtsFileSchema = strict({
  districts: z.array(districtSchema),
  outsideCity: strict({
    /** Municipalities around the city. */
    names: z.array(nameText()),
    /**
     * Neighbourhoods of those municipalities whose names come close to a city place (Vårby and
     * Vårberg, Mörby and Örby): each with its municipality and a source listing it.
     */
    places: z.array(strict({ name: nameText(), municipality: nameText(), sources: z.array(z.string()).min(1) })).default([]),
    note: z.string().optional(),
  }),
});

export const rvcFileSchema = strict({
  common: strict({
    friYtaName: fact(z.string()),
    friYtaMaxTalks: fact(z.number().int().positive()),
    friYtaWithoutRvt: fact(z.boolean()),
    legalProcessSupport: fact(z.boolean()),
    servesPeopleWhoUseViolence: fact(z.boolean()),
    allResidentsHaveAnRvc: fact(z.boolean()),
    /** Longer talk support after a decision by the district's RVT can last up to this long. */
    longerSupportMax: fact(durationValue),
    /** The longest waiting time a source reports, and at which centres. */
    waitingTimeMax: fact(durationValue),
  }),
  centres: z.array(
    strict({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: nameText(),
      phone: fact(phoneValue),
      hours: fact(openingHoursValue),
      address: fact(z.string()),
      interpreter: fact(z.boolean()).optional(),
      /** Who the centre takes, when a source says. */
      ages: fact(agesValue).optional(),
    }),
  ),
});

export type District = z.infer<typeof districtSchema>;
export type DistrictsFile = z.infer<typeof districtsFileSchema>;
export type RvcFile = z.infer<typeof rvcFileSchema>;
export type Rvc = RvcFile['centres'][number];

/** Facts about the city's system that belong to no single service: `content/data/facts.json`. */
export const generalFactsFileSchema = z.record(
  z.string().regex(/^[a-zA-Z0-9]+$/, 'camelCase ASCII'),
  fact(z.union([z.number(), durationValue, agesValue])),
);
export type GeneralFacts = z.infer<typeof generalFactsFileSchema>;

export const sourcesFileSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), sourceSchema);
export const servicesFileSchema = z.array(serviceSchema);

export type Source = z.infer<typeof sourceSchema>;
export type Service = z.infer<typeof serviceSchema>;
/** A fact whose value is a T, as the schema `fact()` reads it. */
export type Fact<T> = z.infer<ReturnType<typeof fact<z.ZodType<T>>>>;
export type Duration = z.infer<typeof durationValue>;
export type Ages = z.infer<typeof agesValue>;
export type PhoneValue = z.infer<typeof phoneValue>;
