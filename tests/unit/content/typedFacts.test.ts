/**
 * No fact typed into a Swedish or lättläst page: numbers, hours, ages and counts come from the
 * registry through <Fact>, <PhoneLink> or <ServiceCard>, so they carry their source and age.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findTypedFacts } from '../../lib/typedFacts.ts';

const root = join(import.meta.dirname, '../../../content');
const pages = ['sv', 'lattlast'].flatMap((dir) =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.mdx')).map((f) => `${dir}/${f}`),
);

test('no Swedish or lättläst page types a fact', () => {
  const offenders = pages.flatMap((page) =>
    findTypedFacts(readFileSync(join(root, page), 'utf8')).map((f) => `content/${page}:${f.line}: ${f.kind} "${f.text}"`),
  );
  expect(offenders).toEqual([]);
});
