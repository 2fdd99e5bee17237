/**
 * Conversion accuracy of the default profile and of plain OpenCC on the
 * sentence sets in tests/fixtures/conversion/.
 *
 *   node scripts/conversion-accuracy.ts [development|evaluation …] [--failures]
 *
 * Tune only on the development set; the evaluation set is held out.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { accuracyTable, readAccuracySet, scoreAccuracy } from '../src/bench/accuracy.ts';
import { getConverter } from '../src/convert/converter.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { failures: { type: 'boolean' } } });
const root = path.resolve(import.meta.dirname, '..');
const names = positionals.length ? positionals : ['development', 'evaluation'];
const sets = names.map((name) => [name, readAccuracySet(path.join(root, 'tests', 'fixtures', 'conversion', `${name}.yaml`))] as const);
console.log(accuracyTable(sets));
if (values.failures) {
  const converter = getConverter('zh-Hant');
  for (const [name, set] of sets) {
    for (const f of scoreAccuracy(set, (s) => converter.convert(s)).failures) {
      console.log(`${name} ${f.sentence.id} ${f.sentence.hans}\n   got  ${f.output}\n   want ${f.nearest}`);
    }
  }
}
