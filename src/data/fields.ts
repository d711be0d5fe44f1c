import type { Fact, Service } from './schema.ts';

/** Every field of a registry entry that holds a Fact, by name. */
export function factsOf(entry: Service | Record<string, unknown>): [string, Fact<unknown>][] {
  return Object.entries(entry).filter(
    (field): field is [string, Fact<unknown>] =>
      typeof field[1] === 'object' && field[1] !== null && 'status' in field[1] && 'value' in field[1],
  );
}
