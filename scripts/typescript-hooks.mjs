// Bifolio runs from its TypeScript sources. Node.js strips types itself, but
// not from files inside node_modules, where Bifolio lives once a report
// installs it: these hooks strip the types of Bifolio's own .ts files there.
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ownSources = pathToFileURL(path.join(packageDir, 'src') + path.sep).href;

if (packageDir.split(path.sep).includes('node_modules')) {
  // Type stripping is stable in practice; its one-time notice would only mislead editors.
  const emitWarning = process.emitWarning;
  registerHooks({
    load(url, context, nextLoad) {
      if (!url.startsWith(ownSources) || !url.endsWith('.ts')) return nextLoad(url, context);
      const file = fileURLToPath(url);
      process.emitWarning = () => {};
      try {
        return { format: 'module', source: stripTypeScriptTypes(readFileSync(file, 'utf8'), { mode: 'strip', sourceUrl: url }), shortCircuit: true };
      } finally {
        process.emitWarning = emitWarning;
      }
    },
  });
}
