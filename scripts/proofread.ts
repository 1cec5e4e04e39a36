/**
 * The proofreading check (`npm run lint:prose`; TERMINOLOGY.md says what it enforces and how to
 * add a rule or quote a variant).
 *
 *   npx tsx scripts/proofread.ts              the revised pages, code.json and src/data
 *   npx tsx scripts/proofread.ts <files...>   only these (.mdx, code.json, src/data/*.ts)
 *
 * Prints `file:line:col  found "X" → use "Y"` for each variant spelling and each Korean UI
 * string in the wrong register, and exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './lib/docs';
import { defaultTargets, formatHit, proofread, targetsOf } from './lib/proofread';
import { formatRegisterProblem, registerProblems } from './lib/register';

async function main(): Promise<number> {
  const args = process.argv.slice(2).map((file) => relative(ROOT, resolve(file)));
  const targets = args.length === 0 ? defaultTargets() : targetsOf(args);
  const { hits, strings } = await proofread(targets);
  for (const hit of hits) console.log(formatHit(hit));

  const registers = targets.codeJson
    .filter((file) => /(^|\/)ko\/code\.json$/.test(file))
    .flatMap((file) => registerProblems(file, readFileSync(resolve(ROOT, file), 'utf8')));
  for (const problem of registers) console.log(formatRegisterProblem(problem));

  const notes = new Set(hits.flatMap((hit) => (hit.note === null ? [] : [hit.note])));
  if (notes.size > 0) {
    console.log('\nThe rules:');
    for (const note of notes) console.log(`  ${note}`);
  }
  if (hits.length > 0) {
    console.log(
      '\nWrite the preferred form. To quote a variant on purpose (the note’s own wording), put the\n' +
        'quote between {/* textlint-disable prh */} and {/* textlint-enable prh */} (MDX; TERMINOLOGY.md).',
    );
  }

  const problems = hits.length + registers.length;
  const files = targets.mdx.length + targets.codeJson.length + targets.data.length;
  // Since the process started, so the time includes loading textlint and the data modules.
  const seconds = (performance.now() / 1000).toFixed(1);
  const verdict =
    problems === 0
      ? 'no variant spellings, registers as documented'
      : `${String(hits.length)} variant spelling(s), ${String(registers.length)} register problem(s)`;
  console.log(
    `proofread: ${String(files)} files and ${String(strings)} strings in ${seconds} s: ${verdict}`,
  );
  return problems === 0 ? 0 : 1;
}

void main().then((code) => {
  process.exitCode = code;
});
