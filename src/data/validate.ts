/**
 * Checks the registry beyond its shape: the rules that keep a wrong fact off the site.
 * Every problem names the file, the entry and the field, so the content owner can fix it.
 */
import type { z } from 'astro/zod';
import { matchableName, normalise } from '../lib/finder.ts';
import { factsOf } from './fields.ts';
import { displayMatchesNumber } from '../lib/phone.ts';
import {
  DISTRICT_IDS,
  SCRIPT_LANGS,
  districtsFileSchema,
  generalFactsFileSchema,
  rvcFileSchema,
  servicesFileSchema,
  sourcesFileSchema,
  type DistrictsFile,
  type Fact,
  type RvcFile,
  type Service,
} from './schema.ts';

export interface RegistryProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
  /** Where in the file, for problems found while reading it (malformed JSON, a key twice). */
  line?: number;
  column?: number;
}

export function formatProblem(p: RegistryProblem): string {
  const at = p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : '';
  return `${p.file}${at} › ${p.entry} › ${p.field}: ${p.message}`;
}

export interface RegistryFiles {
  sources: unknown;
  services: unknown;
  districts: unknown;
  rvc: unknown;
  facts?: unknown;
}

export const FILE_NAMES = {
  sources: 'content/data/sources.json',
  services: 'content/data/services.json',
  districts: 'content/data/districts.json',
  rvc: 'content/data/rvc.json',
  facts: 'content/data/facts.json',
} as const;

/**
 * Zod reports a value that fits no branch of a union (opening hours: `always` or `weekly`) as
 * one "Invalid input". Report the branch that came closest instead: the one with fewest issues.
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A branch of another type altogether ("expected number") is the furthest; then fewest issues.
      const distance = (branch: z.core.$ZodIssue[]) => (branch.some((i) => i.path.length === 0 && i.code === 'invalid_type') ? 1000 : 0) + branch.length;
      const closest = [...issue.errors].sort((a, b) => distance(a) - distance(b))[0];
      return flattenIssues(closest, path);
    }
    // An unknown field is reported at the field itself, so the path names it.
    if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) return [{ ...issue, path: [...path, issue.keys[0]] }];
    return [{ ...issue, path }];
  });
}

function issuesToProblems(file: string, data: unknown, error: z.ZodError): RegistryProblem[] {
  return flattenIssues(error.issues).map((issue) => {
    // Walk down to the innermost object with an id: that is the entry the owner will look for.
    let entry = '(file)';
    let fieldFrom = 0;
    let node: any = data;
    issue.path.forEach((key, i) => {
      node = node?.[key as keyof typeof node];
      if (node && typeof node === 'object' && typeof node.id === 'string') {
        entry = node.id;
        fieldFrom = i + 1;
      }
    });
    if (entry === '(file)' && issue.path.length > 0 && !Array.isArray(data)) {
      entry = String(issue.path[0]);
      fieldFrom = 1;
    }
    const missing = issue.code === 'invalid_type' && / received undefined$/.test(issue.message);
    const message = missing ? `a required field is missing (expected ${issue.expected})` : issue.message;
    return { file, entry, field: issue.path.slice(fieldFrom).map(String).join('.') || '(entry)', message };
  });
}

/** The ids of a file's entries as written, for cross-checks when the file itself fails its schema. */
function rawIds(list: unknown): string[] {
  return Array.isArray(list) ? list.flatMap((e) => (e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : [])) : [];
}

export function checkFact(file: string, entry: string, field: string, f: Fact<unknown>, sourceIds: Set<string>): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const at = (message: string) => problems.push({ file, entry, field, message });
  if (f.status === 'verified' && f.value !== null && f.sources.length === 0) at('a verified value needs at least one source');
  if (f.status === 'unverified' && f.value !== null) at('an unverified value must be null: it is never shown');
  for (const id of f.sources) if (!sourceIds.has(id)) at(`unknown source "${id}" (not in ${FILE_NAMES.sources})`);
  return problems;
}

/** Every letter of a name in another script belongs to that script (spaces and hyphens between words). */
const SCRIPT_OF: Record<(typeof SCRIPT_LANGS)[number], RegExp> = {
  ar: /^[\p{Script=Arabic}\s-]+$/u,
  fa: /^[\p{Script=Arabic}\s-]+$/u,
  ti: /^[\p{Script=Ethiopic}\s-]+$/u,
};

function checkDistricts(
  d: DistrictsFile,
  centres: Set<string>,
  contactCentreShown: boolean,
  sourceIds: Set<string>,
  sourceTitles: Map<string, string> = new Map(),
): RegistryProblem[] {
  const file = FILE_NAMES.districts;
  const problems: RegistryProblem[] = [];
  const known = new Set<string>(DISTRICT_IDS);
  const claimedBy = new Map<string, string>();
  const claim = (entry: string, field: string, name: string) => {
    const key = matchableName(name);
    const other = claimedBy.get(key);
    if (other && other !== entry) problems.push({ file, entry, field, message: `"${name}" is also claimed by ${other}` });
    else claimedBy.set(key, entry);
  };
  for (const outside of d.outsideCity.names) claimedBy.set(matchableName(outside), 'outsideCity');
  const municipalities = new Set(d.outsideCity.names);
  d.outsideCity.places.forEach((place, i) => {
    const field = `outsideCity.places.${i}`;
    const other = claimedBy.get(matchableName(place.name));
    if (other) problems.push({ file, entry: place.name, field: `${field}.name`, message: `"${place.name}" is also claimed by ${other}` });
    else claimedBy.set(matchableName(place.name), `outsideCity (${place.municipality})`);
    if (!municipalities.has(place.municipality)) {
      problems.push({ file, entry: place.name, field: `${field}.municipality`, message: `"${place.municipality}" is not in outsideCity.names` });
    }
    for (const id of place.sources) if (!sourceIds.has(id)) problems.push({ file, entry: place.name, field: `${field}.sources`, message: `unknown source "${id}"` });
  });

  const seen = new Set<string>();
  for (const area of d.districts) {
    if (!known.has(area.id)) problems.push({ file, entry: area.id, field: 'id', message: `unknown district id (the 11 are: ${DISTRICT_IDS.join(', ')})` });
    if (seen.has(area.id)) problems.push({ file, entry: area.id, field: 'id', message: 'the id is used twice' });
    seen.add(area.id);
    for (const id of area.neighbourhoodSources) {
      if (!sourceIds.has(id)) problems.push({ file, entry: area.id, field: 'neighbourhoodSources', message: `unknown source "${id}"` });
    }
    const own = new Set(area.neighbourhoods.map(matchableName));
    claim(area.id, 'name', area.name);
    area.neighbourhoods.forEach((n, i) => claim(area.id, `neighbourhoods.${i}`, n));
    area.formerNames.forEach((n, i) => claim(area.id, `formerNames.${i}`, n));
    area.placeNames.forEach((p, i) => {
      claim(area.id, `placeNames.${i}`, p.name);
      if (!own.has(matchableName(p.in))) {
        problems.push({ file, entry: area.id, field: `placeNames.${i}.in`, message: `"${p.in}" is not a neighbourhood of ${area.name}` });
      }
      for (const id of p.sources) if (!sourceIds.has(id)) problems.push({ file, entry: area.id, field: `placeNames.${i}.sources`, message: `unknown source "${id}"` });
    });
    const latin = new Set([area.name, ...area.neighbourhoods, ...area.placeNames.map((p) => p.name), ...area.formerNames].map(matchableName));
    area.scriptNames.forEach((n, i) => {
      const field = `scriptNames.${i}`;
      const inScript = SCRIPT_OF[n.lang].test(n.name);
      if (!inScript) {
        problems.push({ file, entry: area.id, field: `${field}.name`, message: `"${n.name}" is not written in the script of "${n.lang}"` });
      } else {
        claim(area.id, field, n.name);
      }
      if (!latin.has(matchableName(n.of))) {
        problems.push({ file, entry: area.id, field: `${field}.of`, message: `"${n.of}" is not a name of ${area.name} (its name, a neighbourhood, a place name or a former name)` });
      }
      for (const id of n.sources) if (!sourceIds.has(id)) problems.push({ file, entry: area.id, field: `${field}.sources`, message: `unknown source "${id}"` });
      // A spelling routes a person, so a source must show it: its title quotes the name as written
      // there (the article title in that language's Wikipedia, or the words of a city publication).
      const quoted = n.sources.some((id) => ` ${normalise(sourceTitles.get(id) ?? '')} `.includes(` ${matchableName(n.name)} `));
      if (inScript && n.sources.length > 0 && n.sources.every((id) => sourceIds.has(id)) && !quoted) {
        problems.push({ file, entry: area.id, field: `${field}.sources`, message: `no source shows the spelling "${n.name}": quote it in the source's title, as the source writes it` });
      }
    });
    problems.push(...checkFact(file, area.id, 'rvc', area.rvc, sourceIds));
    if (area.rvc.value !== null && !centres.has(area.rvc.value)) {
      problems.push({ file, entry: area.id, field: 'rvc', message: `unknown relationsvåldscentrum "${area.rvc.value}"` });
    }
    const routed = (area.rvc.status === 'verified' && area.rvc.value !== null && centres.has(area.rvc.value)) || contactCentreShown;
    if (!routed) {
      problems.push({ file, entry: area.id, field: 'rvc', message: 'no route to a relationsvåldscentrum: no confirmed centre and no confirmed contact-centre number' });
    }
  }
  for (const id of known) if (!seen.has(id)) problems.push({ file, entry: id, field: 'id', message: 'this district area is missing' });
  return problems;
}

function checkRvc(r: RvcFile, sourceIds: Set<string>): RegistryProblem[] {
  const file = FILE_NAMES.rvc;
  const problems = Object.entries(r.common).flatMap(([field, f]) => checkFact(file, 'common', field, f, sourceIds));
  for (const centre of r.centres) {
    for (const [field, f] of factsOf(centre)) problems.push(...checkFact(file, centre.id, field, f, sourceIds));
  }
  return problems;
}

function isAlwaysOpen(service: Service | undefined): boolean {
  return !!service && service.hours?.status === 'verified' && service.hours.value !== null && 'always' in service.hours.value;
}

/** The people a service is for whom its fallback does not serve ("everyone" serves all). */
export function audienceNotServed(service: Service, fallback: Service): string[] {
  if (fallback.audience.includes('everyone')) return [];
  return service.audience.filter((a) => !fallback.audience.includes(a));
}

export function validateRegistry(files: RegistryFiles): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const sources = sourcesFileSchema.safeParse(files.sources);
  if (!sources.success) problems.push(...issuesToProblems(FILE_NAMES.sources, files.sources, sources.error));
  // A malformed source is reported once above; its id still exists for the facts that cite it.
  const sourceIds = new Set(typeof files.sources === 'object' && files.sources !== null ? Object.keys(files.sources) : []);

  const services = servicesFileSchema.safeParse(files.services);
  if (!services.success) problems.push(...issuesToProblems(FILE_NAMES.services, files.services, services.error));
  const seen = new Set<string>();
  for (const service of services.data ?? []) {
    const file = FILE_NAMES.services;
    if (seen.has(service.id)) problems.push({ file, entry: service.id, field: 'id', message: 'the id is used twice' });
    seen.add(service.id);
    for (const [field, f] of factsOf(service)) problems.push(...checkFact(file, service.id, field, f, sourceIds));
    const phone = service.phone?.value;
    if (phone?.display && !displayMatchesNumber(phone.display, phone.number)) {
      problems.push({ file, entry: service.id, field: 'phone.value.display', message: `"${phone.display}" does not show the digits of ${phone.number}` });
    }
    if (service.whenClosed !== undefined) {
      const fallback = services.data!.find((s) => s.id === service.whenClosed);
      if (!isAlwaysOpen(fallback)) {
        problems.push({ file, entry: service.id, field: 'whenClosed', message: `"${service.whenClosed}" is not a service confirmed open around the clock` });
      } else {
        const left = audienceNotServed(service, fallback!);
        if (left.length > 0) {
          problems.push({ file, entry: service.id, field: 'whenClosed', message: `"${service.whenClosed}" does not serve the same people: its audience lacks ${left.join(', ')}` });
        }
      }
    }
  }

  const rvc = rvcFileSchema.safeParse(files.rvc);
  if (!rvc.success) problems.push(...issuesToProblems(FILE_NAMES.rvc, files.rvc, rvc.error));
  else problems.push(...checkRvc(rvc.data, sourceIds));

  if (files.facts !== undefined) {
    const general = generalFactsFileSchema.safeParse(files.facts);
    if (!general.success) problems.push(...issuesToProblems(FILE_NAMES.facts, files.facts, general.error));
    else for (const [id, f] of Object.entries(general.data)) problems.push(...checkFact(FILE_NAMES.facts, id, '(fact)', f, sourceIds));
  }

  const districts = districtsFileSchema.safeParse(files.districts);
  if (!districts.success) problems.push(...issuesToProblems(FILE_NAMES.districts, files.districts, districts.error));
  else {
    // When services.json or rvc.json fails its schema, that one problem is reported above; the
    // districts are then checked against the ids and numbers as written, not against nothing.
    const contactCentre = services.success
      ? services.data.find((s) => s.id === 'kontaktcenter')
      : (files.services as Service[] | undefined)?.find?.((s) => s?.id === 'kontaktcenter');
    const contactCentreShown = contactCentre?.phone?.status === 'verified' && contactCentre.phone.value != null;
    const centres = new Set(rvc.success ? rvc.data.centres.map((c) => c.id) : rawIds((files.rvc as { centres?: unknown } | undefined)?.centres));
    const sourceTitles = new Map(
      Object.entries(typeof files.sources === 'object' && files.sources !== null ? (files.sources as Record<string, { title?: unknown }>) : {}).flatMap(
        ([id, source]) => (typeof source?.title === 'string' ? [[id, source.title] as [string, string]] : []),
      ),
    );
    problems.push(...checkDistricts(districts.data, centres, contactCentreShown, sourceIds, sourceTitles));
  }
  return problems;
}

/**
 * The registry's verdict as the command line prints it (src/tools/check-data.ts): problems found
 * while reading come alone; otherwise every rule runs. One problem a line, then the count.
 */
export function checkRegistry(loaded: { files: RegistryFiles; problems: RegistryProblem[] }): { ok: boolean; text: string } {
  const problems = loaded.problems.length > 0 ? loaded.problems : validateRegistry(loaded.files);
  if (problems.length === 0) return { ok: true, text: 'content/data: no problems' };
  return { ok: false, text: [...problems.map(formatProblem), `content/data: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built`].join('\n') };
}
