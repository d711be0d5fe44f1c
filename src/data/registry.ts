/**
 * The data registry, loaded and validated once. A problem stops the build with a message
 * naming the file, the entry and the field. Pages and components read facts only from here.
 */
import sourcesFile from '../../content/data/sources.json' with { type: 'json' };
import servicesFile from '../../content/data/services.json' with { type: 'json' };
import districtsFile from '../../content/data/districts.json' with { type: 'json' };
import rvcFile from '../../content/data/rvc.json' with { type: 'json' };
import { formatSwedishNumber, telHref } from '../lib/phone.ts';
import {
  districtsFileSchema,
  rvcFileSchema,
  servicesFileSchema,
  sourcesFileSchema,
  type District,
  type Fact,
  type Rvc,
  type RvcFile,
  type Service,
  type Source,
} from './schema.ts';
import { formatProblem, validateRegistry } from './validate.ts';

const problems = validateRegistry({ sources: sourcesFile, services: servicesFile, districts: districtsFile, rvc: rvcFile });
if (problems.length > 0) {
  throw new Error(`The data registry has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
}

export const sources: Record<string, Source> = sourcesFileSchema.parse(sourcesFile);
export const services: Service[] = servicesFileSchema.parse(servicesFile);
const districtsData = districtsFileSchema.parse(districtsFile);
export const districts: District[] = districtsData.districts;
export const outsideCity: string[] = districtsData.outsideCity.names;
const rvcData: RvcFile = rvcFileSchema.parse(rvcFile);
export const rvcCommon = rvcData.common;
export const rvcCentres: Rvc[] = rvcData.centres;

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
  return [district.name, ...district.neighbourhoods, ...district.placeNames.map((p) => p.name), ...district.formerNames];
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

export function shownPhone(service: { phone?: Fact<{ number: string; display?: string }> }): ShownPhone | null {
  const phone = shown(service.phone);
  if (!phone) return null;
  return { display: phone.display ?? formatSwedishNumber(phone.number), href: telHref(phone.number), number: phone.number };
}

/** Every number the site may show, for the check that each `tel:` link on a page is a registry number. */
export function allShownNumbers(): string[] {
  return services.map(shownPhone).filter((p): p is ShownPhone => p !== null).map((p) => p.number);
}
