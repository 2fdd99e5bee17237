#!/usr/bin/env node
// Entry point of the `bifolio` command. It runs on the Node.js the project
// brings (its `node` dependency), which npm and npx put first on PATH.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `bifolio needs Node.js 22.12 or newer; this is ${process.version}.\n` +
      "Run it through npm (`npm run build`) or npx (`npx bifolio build`) after `npm install`, which use the project's own Node.js.\n",
  );
  process.exit(1);
}
await import('./typescript-hooks.mjs');
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
