/**
 * Checks the registry beyond its shape: the rules that keep a wrong fact off the site.
 * Every problem names the file, the entry and the field, so the content owner can fix it.
 */
import type { z } from 'astro/zod';
import { displayMatchesNumber } from '../lib/phone.ts';
import { servicesFileSchema, sourcesFileSchema, type Fact, type Service } from './schema.ts';

export interface RegistryProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function formatProblem(p: RegistryProblem): string {
  return `${p.file} › ${p.entry} › ${p.field}: ${p.message}`;
}

export interface RegistryFiles {
  sources: unknown;
  services: unknown;
}

export const FILE_NAMES = {
  sources: 'content/data/sources.json',
  services: 'content/data/services.json',
} as const;

function issuesToProblems(file: string, entries: unknown, error: z.ZodError): RegistryProblem[] {
  return error.issues.map((issue) => {
    const [first, ...rest] = issue.path;
    const list = Array.isArray(entries) ? entries : undefined;
    const entryId =
      typeof first === 'number' && list && typeof list[first]?.id === 'string' ? list[first].id : String(first ?? '(file)');
    return { file, entry: entryId, field: rest.join('.') || '(entry)', message: issue.message };
  });
}

/** Every field of a service that holds a Fact, by name. */
export function factsOf(service: Service): [string, Fact<unknown>][] {
  return Object.entries(service).filter(
    (entry): entry is [string, Fact<unknown>] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'status' in entry[1] && 'value' in entry[1],
  );
}

export function checkFact(file: string, entry: string, field: string, f: Fact<unknown>, sourceIds: Set<string>): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const at = (message: string) => problems.push({ file, entry, field, message });
  if (f.status === 'verified' && f.value !== null && f.sources.length === 0) at('a verified value needs at least one source');
  if (f.status === 'unverified' && f.value !== null) at('an unverified value must be null: it is never shown');
  for (const id of f.sources) if (!sourceIds.has(id)) at(`unknown source "${id}" (not in ${FILE_NAMES.sources})`);
  return problems;
}

export function validateRegistry(files: RegistryFiles): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const sources = sourcesFileSchema.safeParse(files.sources);
  if (!sources.success) problems.push(...issuesToProblems(FILE_NAMES.sources, files.sources, sources.error));
  // A malformed source is reported once above; its id still exists for the facts that cite it.
  const sourceIds = new Set(typeof files.sources === 'object' && files.sources !== null ? Object.keys(files.sources) : []);

  const services = servicesFileSchema.safeParse(files.services);
  if (!services.success) {
    problems.push(...issuesToProblems(FILE_NAMES.services, files.services, services.error));
    return problems;
  }
  const seen = new Set<string>();
  for (const service of services.data) {
    const file = FILE_NAMES.services;
    if (seen.has(service.id)) problems.push({ file, entry: service.id, field: 'id', message: 'the id is used twice' });
    seen.add(service.id);
    for (const [field, f] of factsOf(service)) problems.push(...checkFact(file, service.id, field, f, sourceIds));
    const phone = service.phone.value;
    if (phone?.display && !displayMatchesNumber(phone.display, phone.number)) {
      problems.push({ file, entry: service.id, field: 'phone.value.display', message: `"${phone.display}" does not show the digits of ${phone.number}` });
    }
  }
  return problems;
}
