import type { Fact, Service } from './schema.ts';

/** A registry field that holds a Fact (a value with its status), not a name, a list or an id. */
export function isFact(field: unknown): field is Fact<unknown> {
  return typeof field === 'object' && field !== null && 'status' in field && 'value' in field;
}

/** Every field of a registry entry that holds a Fact, by name. */
export function factsOf(entry: Service | Record<string, unknown>): [string, Fact<unknown>][] {
  return Object.entries(entry).filter((field): field is [string, Fact<unknown>] => isFact(field[1]));
}

/**
 * What each registry field is called in Swedish, the registry's own language: the sources page
 * lists the facts that rest on a source this way, marked lang="sv" like the services' names.
 */
export const FIELD_NAMES_SV: Record<string, string> = {
  phone: 'telefonnummer',
  hours: 'öppettider',
  web: 'webbplats',
  chat: 'chatt',
  free: 'gratis',
  notOnPhoneBill: 'syns inte på telefonräkningen',
  anonymous: 'anonymt',
  interpreter: 'tolk',
  ages: 'ålder',
  address: 'adress',
  rvc: 'relationsvåldscentrum',
  neighbourhoods: 'stadsdelar',
  friYtaName: 'namnet Fri yta',
  friYtaMaxTalks: 'antal samtal i Fri yta',
  friYtaWithoutRvt: 'Fri yta utan ansökan',
  legalProcessSupport: 'stöd i rättsprocessen',
  servesPeopleWhoUseViolence: 'samtal för den som utövar våld',
  allResidentsHaveAnRvc: 'alla invånare har ett relationsvåldscentrum',
  longerSupportMax: 'längsta stöd efter beslut',
  waitingTimeMax: 'längsta väntetid',
  protectedHousingDecisionPeriod: 'beslutstid för skyddat boende',
  priorityHousingResidenceYears: 'krav på folkbokföring för förtur',
};

/** A field's Swedish name, or the field itself when the list lacks it. */
export function fieldNameSv(field: string): string {
  return FIELD_NAMES_SV[field] ?? field;
}
