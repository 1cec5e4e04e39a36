/**
 * Translation freshness of the English docs (see src/plugins/bilingual/freshness.ts).
 *
 *   npx tsx scripts/translation-freshness.ts check
 *       lists stale, unrecorded and missing translations; exits 1 if there are any
 *   npx tsx scripts/translation-freshness.ts update [english.mdx ...] [--section id,id]
 *       records the Korean hashes in the given English files (all when none are given), for
 *       the given sections only with --section: run it once a translation has caught up with
 *       its Korean source
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ROOT, translationPairs } from './lib/sitePages';
import { updateRecord } from '../src/plugins/bilingual/freshness';
import { pageReport, reportProblems } from '../src/plugins/bilingual/report';

function usage(message: string): never {
  console.error(
    `${message}\nusage: translation-freshness.ts check | update [files...] [--section ids]`,
  );
  process.exit(2);
}

// Every page of every edition (the sidebars) in every translated locale (the config).
const reports = translationPairs().map((pair) => pageReport(ROOT, pair.source, pair.translation));
const [command = 'check', ...rest] = process.argv.slice(2);

if (command === 'check') {
  const problems = reportProblems(reports);
  for (const problem of problems) console.log(problem);
  const sections = reports.reduce((n, page) => n + (page.freshness?.sections.length ?? 0), 0);
  const verdict =
    problems.length === 0
      ? 'every translation is up to date'
      : `${String(problems.length)} problem(s)`;
  console.log(`${String(reports.length)} pages, ${String(sections)} sections: ${verdict}`);
  process.exit(problems.length === 0 ? 0 : 1);
} else if (command === 'update') {
  const flag = rest.indexOf('--section');
  const only =
    flag >= 0
      ? (rest[flag + 1] ?? usage('--section needs ids, e.g. --section _intro,vms-still-matter'))
          .split(',')
          .filter(Boolean)
      : undefined;
  const files = rest
    .filter((_arg, i) => flag < 0 || (i !== flag && i !== flag + 1))
    .map((file) => relative(ROOT, resolve(file)));
  const targets =
    files.length === 0
      ? reports.filter((page) => page.freshness !== null)
      : files.map((file) => {
          const page = reports.find((p) => p.enFile === file);
          if (page === undefined)
            usage(`${file} is not a translated doc page of any edition (see the sidebars)`);
          if (page.freshness === null) usage(`${file} does not exist`);
          return page;
        });
  let changed = 0;
  for (const page of targets) {
    const enPath = join(ROOT, page.enFile);
    const before = readFileSync(enPath, 'utf8');
    const ko = readFileSync(join(ROOT, page.koFile), 'utf8');
    const after = updateRecord(ko, before, page.enFile, only);
    if (after !== before) {
      writeFileSync(enPath, after);
      changed += 1;
      console.log(`recorded ${page.enFile}`);
    }
  }
  console.log(`${String(changed)} of ${String(targets.length)} file(s) changed`);
} else {
  usage(`unknown command "${command}"`);
}
