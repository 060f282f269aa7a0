/**
 * The translations the first download carries: every namespace of src/i18n/resources.ts except the
 * vendor texts (`vendors`, `vendorsWeb`), which only the Vendors tab and the vendor's questionnaire
 * use; they come with those pages (web/src/vendors/vendor-texts.ts). The board report's texts
 * (`report`) are only used by the server and the CLI. Every text of both languages is
 * in the first download, so each namespace left out here keeps it within its budget
 * (bench/bundle.ts).
 *
 * A namespace is its file name in camelCase (`pilot-web.json` → `pilotWeb`), as in resources.ts;
 * initial-resources.test.ts checks that the two agree.
 */

/** Namespaces loaded with the pages that use them, not at the start. */
export const LAZY_NAMESPACES = ['vendors', 'vendorsWeb', 'report'] as const;

const files = import.meta.glob<Record<string, unknown>>(
  [
    '../../src/i18n/locales/*/*.json',
    '!../../src/i18n/locales/*/vendors.json',
    '!../../src/i18n/locales/*/vendors-web.json',
    '!../../src/i18n/locales/*/report.json',
  ],
  { eager: true, import: 'default' },
);

type Tree = Record<string, Record<string, unknown>>;

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function treeOf(language: 'nl' | 'en'): Tree {
  const tree: Tree = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/locales\/(nl|en)\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] === language) tree[camel(match[2]!)] = content;
  }
  return tree;
}

export const initialResources = { nl: treeOf('nl'), en: treeOf('en') };
