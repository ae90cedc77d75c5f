// The layering rules `npm test` checks (scripts/test.mjs runs `depcruise src`): no import loop, a simulator
// that imports no UI, worker, scenarios or browser library, a contract (src/sim/api.ts) that reaches no engine
// code, and three.js only in the floor view. See docs/architecture.md §1.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-import-loop',
      severity: 'error',
      comment:
        'Modules form no cycle, type-only imports included: a loop makes the layers meaningless. One known ' +
        'type-only loop is let through until the scenario module is next changed: organisation-rules.ts takes ' +
        'the Scenario type from schema.ts, which calls its rules.',
      from: { pathNot: '^src/sim/scenario/(organisation-rules|schema)\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'sim-is-pure',
      severity: 'error',
      comment: 'src/sim runs in Node and in the worker: it imports no UI, worker or built-in scenario module.',
      from: { path: '^src/sim/' },
      to: { path: '^src/(ui|worker|scenarios)/' },
    },
    {
      name: 'sim-has-no-browser-library',
      severity: 'error',
      comment: 'src/sim imports no DOM-bound library (lit, three, comlink, uplot, idb-keyval).',
      from: { path: '^src/sim/' },
      to: { path: 'node_modules/(lit|lit-html|lit-element|@lit|three|comlink|uplot|idb-keyval)/' },
    },
    {
      name: 'contract-is-a-leaf',
      severity: 'error',
      comment: 'src/sim/api.ts, the contract with the page, reaches no engine code, even through other modules.',
      from: { path: '^src/sim/api\\.ts$' },
      to: { path: '^src/sim/(engine|live)/', reachable: true },
    },
    {
      name: 'three-only-in-the-floor',
      severity: 'error',
      comment: 'Only the 3D floor view (src/ui/floor) imports three.js.',
      from: { path: '^src/', pathNot: '^src/ui/floor/' },
      to: { path: 'node_modules/three/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    exclude: { path: '\\.json$' },
  },
};
