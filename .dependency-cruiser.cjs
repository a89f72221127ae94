/**
 * The architecture, as rules (design.md "Rules of the house"):
 * the domain is pure, adapters import ports and never each other,
 * and only the app (the composition root) knows every package.
 */
const adapters = '(storage-[^/]+|scanner-[^/]+)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain may import only itself and class-validator: no other package, no Node built-in',
      severity: 'error',
      from: { path: '^packages/domain/src/', pathNot: '\\.spec\\.ts$' },
      to: {
        pathNot: ['^packages/domain/src/', 'node_modules/class-validator/'],
      },
    },
    {
      name: 'domain-no-node-builtins',
      comment: 'the domain runs anywhere: no fs, crypto, process...',
      severity: 'error',
      from: { path: '^packages/domain/src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'adapters-do-not-import-adapters',
      comment: 'an adapter depends on ports (event-store, domain), never on another adapter',
      severity: 'error',
      from: { path: `^packages/${adapters}/` },
      to: { path: `^packages/${adapters}/`, pathNot: '^packages/$1/' },
    },
    {
      name: 'only-app-imports-app',
      severity: 'error',
      from: { pathNot: '^packages/app/' },
      to: { path: '^packages/app/' },
    },
    {
      name: 'ports-do-not-import-adapters',
      severity: 'error',
      from: { path: '^packages/(domain|event-store|privacy)/' },
      to: { path: `^packages/${adapters}/` },
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
    exclude: { path: '(^|/)dist/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js'],
    },
  },
};
