/**
 * The data registry, loaded and validated once. A problem stops the build with a message
 * naming the file, the entry and the field. Pages and components read facts only from here.
 */
import { FACT_MAX_AGE_MONTHS, FACTS_TODAY } from '../config/facts.ts';
import { factDate, factState, groupAge, type FactState } from '../lib/factAge.ts';
import { formatSwedishNumber, telHref } from '../lib/phone.ts';
import {
  districtsFileSchema,
  generalFactsFileSchema,
  rvcFileSchema,
  servicesFileSchema,
  sourcesFileSchema,
  type District,
  type Fact,
  type GeneralFacts,
  type PhoneValue,
  type Rvc,
  type RvcFile,
  type Service,
  type Source,
} from './schema.ts';
import { factsOf, fieldNameSv, isFact } from './fields.ts';
import { readRegistryFiles } from './load.ts';
import { formatProblem, validateRegistry } from './validate.ts';

// Read from the project's root (npm scripts run there) with JSON.parse, so a malformed file or a
// key written twice is reported with its line and column (see load.ts).
const loaded = readRegistryFiles();
const problems = loaded.problems.length > 0 ? loaded.problems : validateRegistry(loaded.files);
if (problems.length > 0) {
  // Only the problems, without a stack trace: the build runs `npm run data:check` first anyway.
  const error = new Error(`The data registry has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  error.stack = error.message;
  throw error;
}
const { sources: sourcesFile, services: servicesFile, districts: districtsFile, rvc: rvcFile, facts: generalFactsFile } = loaded.files;

export const sources: Record<string, Source> = sourcesFileSchema.parse(sourcesFile);
export const services: Service[] = servicesFileSchema.parse(servicesFile);
const districtsData = districtsFileSchema.parse(districtsFile);
export const districts: District[] = districtsData.districts;
/** Names outside the city for the finder: municipalities, and neighbourhoods with their municipality in brackets ("Vårby (Huddinge)"). */
export const outsideCity: string[] = [
  ...districtsData.outsideCity.names,
  ...districtsData.outsideCity.places.map((p) => `${p.name} (${p.municipality})`),
];
const rvcData: RvcFile = rvcFileSchema.parse(rvcFile);
export const rvcCommon = rvcData.common;
export const rvcCentres: Rvc[] = rvcData.centres;
/** Facts about the city's system that belong to no one service (content/data/facts.json). */
export const generalFacts: GeneralFacts = generalFactsFileSchema.parse(generalFactsFile);

export function getDistrict(id: string): District {
  const district = districts.find((d) => d.id === id);
  if (!district) throw new Error(`No district "${id}" in content/data/districts.json`);
  return district;
}

/** The district's relationsvåldscentrum when a source confirms which it is; otherwise null. */
export function districtRvc(district: District): Rvc | null {
  const id = shown(district.rvc);
  return id ? (rvcCentres.find((c) => c.id === id) ?? null) : null;
}

/** Every name that leads to a district, for the finder. */
export function finderNames(district: District): string[] {
  return [
    district.name,
    ...district.neighbourhoods,
    ...district.placeNames.map((p) => p.name),
    ...district.formerNames,
    ...district.scriptNames.map((n) => n.name),
  ];
}

export type ServiceId = string;

export function getService(id: ServiceId): Service {
  const service = services.find((s) => s.id === id);
  if (!service) throw new Error(`No service "${id}" in content/data/services.json`);
  return service;
}

/** A fact's value when a source confirms it; otherwise null (and the page routes elsewhere). */
export function shown<T>(f: Fact<T> | undefined): T | null {
  return f && f.status === 'verified' ? f.value : null;
}

export interface ShownPhone {
  /** As Swedes write it. */
  display: string;
  href: string;
  /** Digits as stored, for tests and `data-` hooks. */
  number: string;
}

export function shownPhone(service: { phone?: Fact<PhoneValue> }): ShownPhone | null {
  const phone = shown(service.phone);
  if (!phone) return null;
  return { display: phone.display ?? formatSwedishNumber(phone.number), href: telHref(phone.number), number: phone.number };
}

/** Every number the site may show, for the check that each `tel:` link on a page is a registry number. */
export function allShownNumbers(): string[] {
  return services.map(shownPhone).filter((p): p is ShownPhone => p !== null).map((p) => p.number);
}

/** How old a fact is: the date it rests on and what the page should say (see lib/factAge.ts). */
export interface FactAge {
  state: FactState;
  date: string | null;
}

export function factAge(f: Fact<unknown>): FactAge {
  const date = factDate(f, (id) => sources[id]?.date);
  return { state: factState(f, date, FACTS_TODAY, FACT_MAX_AGE_MONTHS), date };
}

export { factsOf };

/** A card's age line: the oldest date among the facts it shows, and whether any should be re-checked. */
export function shownFactsAge(facts: (Fact<unknown> | undefined)[]) {
  return groupAge(facts.filter((f): f is Fact<unknown> => f !== undefined && shown(f) !== null).map(factAge));
}

/**
 * A fact by its path, for pages that mention one in running text:
 * `services.<id>.<field>`, `rvc.<field>` (the centres' common facts) or `facts.<id>`.
 */
export function factAt(path: string): Fact<unknown> {
  const [area, ...rest] = path.split('.');
  let found: Fact<unknown> | undefined;
  if (area === 'services' && rest.length === 2) {
    const value = (getService(rest[0]) as Record<string, unknown>)[rest[1]];
    found = isFact(value) ? value : undefined;
  } else if (area === 'rvc' && rest.length === 1) found = (rvcCommon as Record<string, Fact<unknown>>)[rest[0]];
  else if (area === 'facts' && rest.length === 1) found = generalFacts[rest[0]] as Fact<unknown> | undefined;
  if (!found) throw new Error(`No fact "${path}" in content/data/ (write services.<id>.<field>, rvc.<field> or facts.<id>)`);
  return found;
}

/** For the sources page: every place in the registry that rests on each source, named in Swedish. */
export function factsBySource({ scriptNames = true } = {}): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const use = (id: string, label: string) => uses.set(id, [...(uses.get(id) ?? []), label]);
  const add = (owner: string, field: string, f: Fact<unknown>) => {
    if (shown(f) === null) return;
    for (const id of f.sources) use(id, `${owner}: ${fieldNameSv(field)}`);
  };
  for (const s of services) for (const [field, f] of factsOf(s)) add(s.name, field, f);
  for (const [field, f] of Object.entries(rvcCommon)) add('Relationsvåldscentrum', field, f);
  for (const c of rvcCentres) for (const [field, f] of factsOf(c)) add(c.name, field, f);
  for (const [id, f] of Object.entries(generalFacts)) add('Stockholms stad', id, f);
  for (const d of districts) {
    add(d.name, 'rvc', d.rvc);
    for (const id of d.neighbourhoodSources) use(id, `${d.name}: ${fieldNameSv('neighbourhoods')}`);
    for (const p of d.placeNames) for (const id of p.sources) use(id, `${d.name}: ${p.name}`);
    if (scriptNames) for (const n of d.scriptNames) for (const id of n.sources) use(id, `${d.name}: ${n.of} (${n.name})`);
  }
  return uses;
}

/**
 * Sources that back nothing but spellings of place names in other scripts (districts.json
 * `scriptNames`): they have a page of their own, so the main sources page stays small.
 */
export function scriptNameOnlySources(): Set<string> {
  const forOthers = factsBySource({ scriptNames: false });
  return new Set(districts.flatMap((d) => d.scriptNames.flatMap((n) => n.sources)).filter((id) => !forOthers.has(id)));
}

/**
 * The district page's "support for your situation": which audiences make up each group. A
 * service joins every group its `audience` field names.
 */
export const AUDIENCE_GROUPS = [
  { key: 'women', audiences: ['women'] },
  { key: 'young', audiences: ['young', 'children'] },
  { key: 'men', audiences: ['men'] },
  { key: 'lgbtq', audiences: ['lgbtq', 'trans'] },
  { key: 'honour', audiences: ['honour'] },
  { key: 'usesViolence', audiences: ['uses-violence'] },
  { key: 'crimeVictims', audiences: ['crime-victims', 'sexual-violence'] },
] as const satisfies readonly { key: string; audiences: readonly Service['audience'][number][] }[];

/** A visitor can reach the service: a confirmed number, chat or website, or the city's contact centre for a city service. */
export function isReachable(service: Service): boolean {
  return Boolean(shownPhone(service) || shown(service.chat) || shown(service.web) || phoneRoute(service).kind === 'contact-centre');
}

/**
 * The services of each audience group that a visitor can reach, leaving out those shown elsewhere
 * on the page. A service is listed once, in the first group its audience matches.
 */
export function servicesByAudienceGroup(exclude: string[]): { key: (typeof AUDIENCE_GROUPS)[number]['key']; services: Service[] }[] {
  const listed = new Set(exclude);
  return AUDIENCE_GROUPS.map((group) => {
    const inGroup = services.filter(
      (s) => !listed.has(s.id) && s.kind !== 'emergency' && s.audience.some((a) => (group.audiences as readonly string[]).includes(a)) && isReachable(s),
    );
    for (const s of inGroup) listed.add(s.id);
    return { key: group.key, services: inGroup };
  });
}

export type PhoneRoute =
  | { kind: 'direct'; phone: ShownPhone }
  | { kind: 'contact-centre'; phone: ShownPhone }
  | { kind: 'none' };

/**
 * How to reach a service by phone: its own confirmed number; else, for the city's own services,
 * the city's contact centre (ask for the service by name); else no route.
 */
export function phoneRoute(service: { kind?: string; phone?: Fact<PhoneValue> }): PhoneRoute {
  const own = shownPhone(service);
  if (own) return { kind: 'direct', phone: own };
  const centre = service.kind === 'city' || service.kind === undefined ? shownPhone(getService('kontaktcenter')) : null;
  return centre ? { kind: 'contact-centre', phone: centre } : { kind: 'none' };
}
