/**
 * The data registry, loaded and validated once. A problem stops the build with a message
 * naming the file, the entry and the field. Pages and components read facts only from here.
 */
import sourcesFile from '../../content/data/sources.json' with { type: 'json' };
import servicesFile from '../../content/data/services.json' with { type: 'json' };
import { formatSwedishNumber, telHref } from '../lib/phone.ts';
import { servicesFileSchema, sourcesFileSchema, type Fact, type Service, type Source } from './schema.ts';
import { formatProblem, validateRegistry } from './validate.ts';

const problems = validateRegistry({ sources: sourcesFile, services: servicesFile });
if (problems.length > 0) {
  throw new Error(`The data registry has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
}

export const sources: Record<string, Source> = sourcesFileSchema.parse(sourcesFile);
export const services: Service[] = servicesFileSchema.parse(servicesFile);

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

export function shownPhone(service: Service): ShownPhone | null {
  const phone = shown(service.phone);
  if (!phone) return null;
  return { display: phone.display ?? formatSwedishNumber(phone.number), href: telHref(phone.number), number: phone.number };
}

/** Every number the site may show, for the check that each `tel:` link on a page is a registry number. */
export function allShownNumbers(): string[] {
  return services.map(shownPhone).filter((p): p is ShownPhone => p !== null).map((p) => p.number);
}

export function sourcesFor(f: Fact<unknown>): Source[] {
  return f.sources.map((id) => sources[id]).filter((s): s is Source => s !== undefined);
}
