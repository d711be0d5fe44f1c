/**
 * The translation keys are typed from locales/sv (src/i18n/i18next.d.ts): a key that does not
 * exist is a compile error in `npm run check`, not the key shipped as page text. These tests
 * compile small snippets against the project's own types with the TypeScript compiler.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { NAMESPACES } from '../../src/i18n/ui.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Snippets, as if they were files in tests/unit/ (so their imports resolve like a test's). */
const SNIPPETS: Record<string, string> = {
  known: `
    import type { Translate } from '../../src/i18n/ui.ts';
    declare const t: Translate;
    declare const unit: 'day' | 'week' | 'month' | 'year';
    export const texts: string[] = [
      t('site.name'),
      t('district:rvcWait', { wait: '2 veckor' }),
      t('facts:always'),
      t(\`facts:unit.\${unit}\`, { count: 2, amount: '2' }),
      t('formats:listen.label'),
      t('phrases:violence'),
      t('tools:plan.noScript'),
    ];
  `,
  unknownKey: `
    import type { Translate } from '../../src/i18n/ui.ts';
    declare const t: Translate;
    export const text: string = t('nonexistent.key');
  `,
  unknownInNamespace: `
    import type { Translate } from '../../src/i18n/ui.ts';
    declare const t: Translate;
    export const text: string = t('district:noSuchKey');
  `,
  namespaceOfAnotherKey: `
    import type { Translate } from '../../src/i18n/ui.ts';
    declare const t: Translate;
    // 'rvcWait' lives in district, not in the default namespace (common).
    export const text: string = t('rvcWait', { wait: '2 veckor' });
  `,
  unknownTemplatePart: `
    import type { Translate } from '../../src/i18n/ui.ts';
    declare const t: Translate;
    declare const unit: 'day' | 'fortnight';
    export const text: string = t(\`facts:unit.\${unit}\`, { count: 2, amount: '2' });
  `,
};

const path = (name: string) => join(ROOT, 'tests/unit', `__i18nKeys.${name}.ts`);
let errors: Record<string, string[]> = {};

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.json could not be read');
  // No DOM library and no ambient packages: only what the snippets import, to stay fast.
  const options: ts.CompilerOptions = { ...config.options, lib: ['lib.esnext.d.ts'], types: [] };
  const virtual = new Map(Object.entries(SNIPPETS).map(([name, code]) => [path(name), code]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (file, language, ...rest) => {
    const code = virtual.get(resolve(file));
    return code !== undefined ? ts.createSourceFile(file, code, language) : getSourceFile(file, language, ...rest);
  };
  host.fileExists = (file) => virtual.has(resolve(file)) || fileExists(file);
  const program = ts.createProgram({ rootNames: [...virtual.keys(), join(ROOT, 'src/i18n/i18next.d.ts')], options, host });
  errors = Object.fromEntries(
    Object.keys(SNIPPETS).map((name) => {
      const file = program.getSourceFile(path(name))!;
      const found = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
      return [name, found.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))];
    }),
  );
}, 120_000);

describe('translation keys are checked at compile time', () => {
  test('keys that exist in locales/sv compile, in every namespace, plural and built from typed parts', () => {
    expect(errors.known).toEqual([]);
  });
  test('an unknown key does not compile', () => {
    expect(errors.unknownKey).toHaveLength(1);
    expect(errors.unknownKey[0]).toContain('"nonexistent.key"');
  });
  test('an unknown key in a named namespace does not compile', () => {
    expect(errors.unknownInNamespace).toHaveLength(1);
    expect(errors.unknownInNamespace[0]).toContain('"district:noSuchKey"');
  });
  test('a key without its namespace is looked up in common, and does not compile when it is elsewhere', () => {
    expect(errors.namespaceOfAnotherKey).toHaveLength(1);
    expect(errors.namespaceOfAnotherKey[0]).toContain('"rvcWait"');
  });
  test('a key built from a template only compiles when every part names a key', () => {
    expect(errors.unknownTemplatePart).toHaveLength(1);
    expect(errors.unknownTemplatePart[0]).toContain('"facts:unit.fortnight"');
  });
});

test('the typed namespaces are exactly the files of locales/sv', () => {
  const files = readdirSync(join(ROOT, 'locales/sv')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  expect([...NAMESPACES].sort()).toEqual(files.sort());
});
