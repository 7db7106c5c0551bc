// The layers of DESIGN.md ("Dependency rules"), checked by test/architecture/dependencies.test.ts
// and `npm run check:deps`. Paths into node_modules are matched unanchored: node_modules may be a
// symlink, and a resolved symlink is reported by its real path.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties modules together so neither can change or be tested alone; break it with an interface.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-to-cards-or-bot',
      severity: 'error',
      comment: 'src/ declares interfaces (renderers, the proactive sender) that cards/ and bot/ implement; only the composition root wires them.',
      from: { path: '^src/', pathNot: '^src/main\\.ts$' },
      to: { path: '^(cards|bot)/' },
    },
    {
      name: 'cards-not-to-bot',
      severity: 'error',
      comment: 'cards/ are pure builders from view models to card JSON; bot/ uses them, never the other way.',
      from: { path: '^cards/' },
      to: { path: '^bot/' },
    },
    {
      name: 'domain-self-contained',
      severity: 'error',
      comment: 'src/domain imports only src/domain and the libraries it is written with (zod, luxon, csv-stringify); no SDKs, no Node APIs.',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', 'node_modules/(zod|luxon|@types/luxon|csv-stringify)/'] },
    },
    {
      name: 'cosmos-only-in-storage',
      severity: 'error',
      comment: 'src/storage is the only importer of the Cosmos SDK and the embedded server; everything else uses the repository interfaces.',
      from: { path: '^(bot|cards|src|scripts)/', pathNot: '^src/storage/' },
      to: { path: 'node_modules/(@azure/cosmos|@vercel/cosmosdb-server)/' },
    },
    {
      name: 'document-store-only-in-storage',
      severity: 'error',
      comment: 'DocumentStore runs SQL; outside src/storage, reach documents through the named repository methods.',
      from: { pathNot: '^src/storage/' },
      to: { path: '^src/storage/document-store\\.ts$' },
    },
    {
      name: 'botbuilder-only-in-bot',
      severity: 'error',
      comment: 'Swapping the archived Bot Framework SDK for the Agents SDK must stay a one-folder change.',
      from: { path: '^(cards|src|scripts)/' },
      to: { path: 'node_modules/botbuilder[^/]*/' },
    },
    {
      name: 'botbuilder-only-at-the-edge',
      severity: 'error',
      comment: 'Handlers take our own turn context and return replies; only bot/edge speaks the Bot Framework.',
      from: { path: '^bot/', pathNot: '^bot/edge/' },
      to: { path: 'node_modules/botbuilder[^/]*/' },
    },
    {
      name: 'handlers-not-to-edge',
      severity: 'error',
      comment: 'The edge calls the router and the features, never the other way: a handler cannot reach the activity.',
      from: { path: '^bot/(features/|router\\.ts|turn\\.ts|reply-for-error\\.ts|decide-language\\.ts)' },
      to: { path: '^bot/edge/' },
    },
    {
      name: 'tab-only-teams-js',
      severity: 'error',
      comment: 'src/tab is browser code: it talks to the server over HTTP only.',
      from: { path: '^src/tab/' },
      to: { pathNot: ['^src/tab/', 'node_modules/@microsoft/teams-js/'] },
    },
    {
      name: 'tab-is-browser-code',
      severity: 'error',
      comment: 'tab/ is the dashboard in the browser: it talks to the server over HTTP only; from src it may take the API types (dashboard-types.ts) and domain codes, as types.',
      from: { path: '^tab/' },
      to: {
        pathNot: ['^tab/', 'node_modules/(@microsoft/teams-js|react|react-dom|scheduler|@fluentui|@griffel|chart\\.js|@kurkle|tabster|keyborg|@floating-ui|@swc|@babel|tslib|use-sync-external-store|@types)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'tab-types-only-from-src',
      severity: 'error',
      comment: 'What the tab takes from src/ it takes as types (erased at build): no server code reaches the bundle.',
      from: { path: '^tab/' },
      to: { path: '^src/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the check cannot resolve is one it cannot judge.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    moduleSystems: ['es6', 'cjs'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
