/**
 * Layer rules (docs/architecture.md). Dependencies point inward:
 * core ← i18n ← report; core ← profiler; core ← store; core ← api; all ← server ← cli.
 * web uses core, i18n and api (the contract: the server's request and response schemas) only.
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
    layer('i18n', '^src/(api|profiler|store|server|cli|report)/|^web/', 'i18n knows only the core message type.'),
    layer('report', '^src/(api|profiler|store|server|cli)/|^web/', 'reports render core results; no I/O layers.'),
    layer('profiler', '^src/(api|store|server|cli|report)/|^web/', 'the profiler knows nothing of HTTP or the database.'),
    layer('store', '^src/(api|profiler|server|cli|report)/|^web/', 'the store knows only core types.'),
    {
      name: 'api-contract-is-pure',
      comment:
        'src/api is the contract the server and the browser share: zod schemas over core types. No Fastify, no other layer, not even for types.',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { pathNot: ['^src/api/', '^src/core/', '^node_modules/zod/'] },
    },
    {
      name: 'api-no-node-builtins',
      comment: 'the browser loads src/api: no node builtins.',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { dependencyTypes: ['core'] },
    },
    layer('server', '^src/cli/|^web/', 'the server does not depend on the CLI or the web sources.'),
    {
      name: 'web-no-server-code',
      comment: 'the browser app may use core, i18n and the api contract, never server-side layers or node builtins.',
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
