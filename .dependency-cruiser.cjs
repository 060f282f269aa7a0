/**
 * Layer rules (docs/architecture.md). Dependencies point inward:
 * core ← i18n ← report; core ← profiler; core ← store; all ← server ← cli. web uses core and i18n only.
 */
const layer = (name, mayNotImport, comment) => ({
  name: `${name}-boundary`,
  comment,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: mayNotImport },
});

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core is pure domain logic: no I/O, no framework, no other layer. Only zod and yaml.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        pathNot: ['^src/core/', '^node_modules/(zod|yaml)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    layer('i18n', '^src/(profiler|store|server|cli|report)/|^web/', 'i18n knows only the core message type.'),
    layer('report', '^src/(profiler|store|server|cli)/|^web/', 'reports render core results; no I/O layers.'),
    layer('profiler', '^src/(store|server|cli|report)/|^web/', 'the profiler knows nothing of HTTP or the database.'),
    layer('store', '^src/(profiler|server|cli|report)/|^web/', 'the store knows only core types.'),
    layer('server', '^src/cli/|^web/', 'the server does not depend on the CLI or the web sources.'),
    {
      name: 'web-no-server-code',
      comment: 'the browser app may use core and i18n, never server-side layers or node builtins.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/(profiler|store|server|cli)/' },
    },
    {
      name: 'web-no-node-builtins',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
