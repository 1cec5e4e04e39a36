/**
 * The patches to dependencies (patches/*.patch, applied by patch-package on install) are what
 * the build really runs: each patched package is the version the patch was made for, each patched
 * file is exactly the upstream file plus the patch, and nothing else.
 *
 * patch-package writes git's `index <pre>..<post>` line for every file: the blob hashes of the
 * upstream file (from the npm tarball) and of the patched one. So, offline:
 * - the installed file must hash to `<post>`: the patch applied, and nobody edited the file since
 *   (an edit without `npx patch-package <pkg>` would build here and not on a clean install);
 * - the installed file with the patch taken back out must hash to `<pre>`: the upstream code the
 *   patch was written against is the code installed (it changes when the package does).
 * A bump of a patched package fails here until its patch is redone or dropped (patches/README.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const patchDir = join(root, 'patches');
const MARKER = 'vm-vs-container patch';

interface Hunk {
  /** 1-based first line of the hunk in the patched file (0 when it is empty). */
  newStart: number;
  before: string[];
  after: string[];
}

interface FilePatch {
  /** Path from the repository root, `node_modules/...`. */
  path: string;
  preHash: string;
  postHash: string;
  hunks: Hunk[];
  /** Whether the upstream / patched file ends without a newline. */
  preNoEol: boolean;
  postNoEol: boolean;
}

/** A unified diff as patch-package writes it (git format, one `diff --git` per file). */
export function parsePatch(text: string, source: string): FilePatch[] {
  const files: FilePatch[] = [];
  let file: FilePatch | undefined;
  let hunk: Hunk | undefined;
  let last: ' ' | '-' | '+' | undefined;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, index) => {
    const where = `${source}:${String(index + 1)}`;
    if (line.startsWith('diff --git ')) {
      const path = /^diff --git a\/(\S+) b\/\S+$/.exec(line)?.[1];
      if (path === undefined) throw new Error(`${where}: cannot read the file names in "${line}"`);
      file = { path, preHash: '', postHash: '', hunks: [], preNoEol: false, postNoEol: false };
      files.push(file);
      hunk = undefined;
      return;
    }
    if (file === undefined) return;
    const index_ = /^index ([0-9a-f]+)\.\.([0-9a-f]+)/.exec(line);
    if (index_ && hunk === undefined) {
      file.preHash = index_[1] ?? '';
      file.postHash = index_[2] ?? '';
      return;
    }
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      hunk = { newStart: Number(header[1]), before: [], after: [] };
      file.hunks.push(hunk);
      return;
    }
    if (hunk === undefined) return;
    if (line.startsWith('\\')) {
      // "\ No newline at end of file" applies to the line above it.
      if (last === '-' || last === ' ') file.preNoEol = true;
      if (last === '+' || last === ' ') file.postNoEol = true;
      return;
    }
    const kind = line[0];
    const body = line.slice(1);
    if (kind === ' ') {
      hunk.before.push(body);
      hunk.after.push(body);
      last = ' ';
    } else if (kind === '-') {
      hunk.before.push(body);
      last = '-';
    } else if (kind === '+') {
      hunk.after.push(body);
      last = '+';
    } else {
      throw new Error(`${where}: unexpected line in a hunk: "${line}"`);
    }
  });
  for (const f of files) {
    if (f.preHash === '' || f.postHash === '') {
      throw new Error(`${source}: no "index <pre>..<post>" line for ${f.path}`);
    }
  }
  return files;
}

/** git's blob hash of a file's content. */
export function gitBlobHash(content: Buffer): string {
  return createHash('sha1')
    .update(`blob ${String(content.length)}\0`)
    .update(content)
    .digest('hex');
}

const isNewFile = (patch: FilePatch): boolean => /^0+$/.test(patch.preHash);

/** The upstream file: `patched` with each hunk's new lines replaced by its old ones. */
export function unpatch(patched: string, patch: FilePatch): string {
  const lines = patched.split('\n');
  // A file that ends with a newline splits into a last empty string: keep it out of the lines.
  const trailing = lines.at(-1) === '' ? lines.pop() : undefined;
  for (const hunk of [...patch.hunks].reverse()) {
    const start = Math.max(hunk.newStart - 1, 0);
    const found = lines.slice(start, start + hunk.after.length);
    if (found.join('\n') !== hunk.after.join('\n')) {
      throw new Error(
        `${patch.path}: the patched lines of the hunk at line ${String(hunk.newStart)} are not there`,
      );
    }
    lines.splice(start, hunk.after.length, ...hunk.before);
  }
  const body = lines.join('\n');
  if (isNewFile(patch)) return '';
  if (patch.preNoEol) return body;
  return trailing === undefined && !patch.postNoEol ? body : `${body}\n`;
}

/** What is wrong with the installed copy of the files one patch describes (empty: nothing). */
export function patchProblems(
  files: FilePatch[],
  read: (path: string) => Buffer | undefined,
): string[] {
  return files.flatMap((patch) => {
    const installed = read(patch.path);
    if (installed === undefined) return [`${patch.path}: missing`];
    const hash = gitBlobHash(installed);
    if (!hash.startsWith(patch.postHash)) {
      return [
        `${patch.path}: git blob ${hash.slice(0, 7)}, the patch says ${patch.postHash}: the patch ` +
          'did not apply, or the file was edited without `npx patch-package <package>`',
      ];
    }
    if (isNewFile(patch)) return [];
    let upstream: string;
    try {
      upstream = unpatch(installed.toString('utf8'), patch);
    } catch (error) {
      return [(error as Error).message];
    }
    const upstreamHash = gitBlobHash(Buffer.from(upstream, 'utf8'));
    return upstreamHash.startsWith(patch.preHash)
      ? []
      : [
          `${patch.path}: with the patch taken out it hashes to ${upstreamHash.slice(0, 7)}, not ` +
            `the upstream ${patch.preHash} the patch was made against`,
        ];
  });
}

interface PatchFile {
  file: string;
  pkg: string;
  version: string;
  files: FilePatch[];
}

const patchFiles: PatchFile[] = readdirSync(patchDir)
  .filter((name) => name.endsWith('.patch'))
  .sort()
  .map((file) => {
    const match = /^(.+)\+([^+]+)\.patch$/.exec(file);
    if (!match?.[1] || !match[2]) {
      throw new Error(`patches/${file}: not named <package>+<version>.patch`);
    }
    return {
      file,
      pkg: match[1].replace('+', '/'),
      version: match[2],
      files: parsePatch(readFileSync(join(patchDir, file), 'utf8'), `patches/${file}`),
    };
  });

const readInstalled = (path: string): Buffer | undefined => {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full) : undefined;
};

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};

describe('patches to dependencies', () => {
  it('there are patches, each read into files and hunks', () => {
    expect(patchFiles.length).toBeGreaterThan(0);
    for (const patch of patchFiles) {
      expect(patch.files.length, patch.file).toBeGreaterThan(0);
      for (const file of patch.files) {
        expect(file.path.startsWith(`node_modules/${patch.pkg}/`), file.path).toBe(true);
      }
    }
  });

  it('npm install and npm ci fail when a patch does not apply', () => {
    expect(packageJson.scripts.postinstall).toMatch(
      /^patch-package --error-on-fail --error-on-warn(?: |$)/,
    );
  });

  describe.each(patchFiles)('$file', ({ file, pkg, version, files }) => {
    it(`${pkg} is pinned, locked and installed at ${version}, in one copy`, () => {
      const declared = packageJson.dependencies?.[pkg] ?? packageJson.devDependencies?.[pkg];
      // A range would let an install move to a version the patch was not made for.
      expect(declared, `package.json: ${pkg}`).toBe(version);
      expect(lock.packages[`node_modules/${pkg}`]?.version, `package-lock.json: ${pkg}`).toBe(
        version,
      );
      const installed = JSON.parse(
        readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'),
      ) as { version: string };
      expect(installed.version, `node_modules/${pkg}`).toBe(version);
      // patch-package patches only the top-level copy; a nested one would be built unpatched.
      const nested = Object.keys(lock.packages).filter(
        (key) => key.endsWith(`/node_modules/${pkg}`) && key !== `node_modules/${pkg}`,
      );
      expect(nested, `other copies of ${pkg} in package-lock.json`).toEqual([]);
    });

    it('every patched file is the upstream file plus this patch, nothing more', () => {
      expect(patchProblems(files, readInstalled)).toEqual([]);
    });

    it(`every patched file says "${MARKER}" where it changes`, () => {
      for (const patch of files) {
        const added = patch.hunks.flatMap((hunk) => hunk.after).join('\n');
        expect(added, `${file}: ${patch.path}`).toContain(MARKER);
      }
    });

    it('has a report for upstream naming every patched file', () => {
      const report = join(patchDir, `${file.replace(/\+[^+]+\.patch$/, '')}.md`);
      expect(existsSync(report), report).toBe(true);
      const text = readFileSync(report, 'utf8');
      for (const patch of files) {
        expect(text, report).toContain(patch.path.replace(`node_modules/${pkg}/`, ''));
      }
    });
  });
});

describe('the drift check itself', () => {
  const [sample] = patchFiles.flatMap((patch) =>
    patch.files.filter((file) => !isNewFile(file) && file.hunks.length > 0),
  );
  if (sample === undefined) throw new Error('no patched file to test the check on');
  const installed = readInstalled(sample.path);
  if (installed === undefined) throw new Error(`${sample.path} is missing`);

  it('accepts the installed file', () => {
    expect(patchProblems([sample], () => installed)).toEqual([]);
  });

  it('fails on a file edited after patching', () => {
    const edited = Buffer.concat([installed, Buffer.from('// edited\n')]);
    expect(patchProblems([sample], () => edited)).toEqual([
      expect.stringContaining('the patch did not apply'),
    ]);
  });

  it('fails when the upstream code under the patch is not the one it was made against', () => {
    // Same patched lines, other upstream: the post-image hash is kept, so only the pre-image
    // check can see it.
    const otherUpstream: FilePatch = { ...sample, preHash: 'f'.repeat(7) };
    expect(patchProblems([otherUpstream], () => installed)).toEqual([
      expect.stringContaining('not the upstream'),
    ]);
  });

  it('fails on the unpatched upstream file', () => {
    const upstream = Buffer.from(unpatch(installed.toString('utf8'), sample), 'utf8');
    expect(gitBlobHash(upstream).startsWith(sample.preHash)).toBe(true);
    expect(patchProblems([sample], () => upstream)).toHaveLength(1);
  });
});
