/**
 * `npm test`: every check, independent steps side by side.
 *
 *   1. typecheck, lint, unit tests and the production build, at once;
 *   2. when all of them passed: the checks over the build (Vitest) and the browser tests.
 *
 * The output of a step that runs beside others is held and printed in one block when it ends, so
 * steps never interleave line by line; the browser tests, the longest step, print as they go.
 * A summary lists each step with its time. The exit code is 1 when any step failed (a failed
 * stage stops the next one from starting, as `a && b` would).
 *
 *   tsx scripts/test.ts [--sequential]    (--sequential: one step at a time, all output live)
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

interface Step {
  /** The npm script to run. */
  readonly script: string;
  /** Print the output as it comes (at most one such step per stage). */
  readonly live?: boolean;
}

const STAGES: readonly (readonly Step[])[] = [
  [{ script: 'build' }, { script: 'test:unit' }, { script: 'lint' }, { script: 'typecheck' }],
  [{ script: 'test:build' }, { script: 'test:e2e', live: true }],
];

interface Result {
  readonly script: string;
  readonly status: 'passed' | 'failed' | 'skipped';
  readonly seconds: number;
}

const { values: options } = parseArgs({ options: { sequential: { type: 'boolean' } } });
const seconds = (since: number): number => (performance.now() - since) / 1000;
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, text: string): string =>
  color ? `\x1b[${code}m${text}\x1b[0m` : text;

function run(step: Step, live: boolean): Promise<Result> {
  const start = performance.now();
  process.stdout.write(`${paint('2', '▶')} ${step.script}\n`);
  const child = spawn('npm', ['run', '--silent', step.script], {
    // Keep the tools' colours when their output is held back for a terminal.
    env: color && !live ? { ...process.env, FORCE_COLOR: '1' } : process.env,
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    let done = false;
    const finish = (passed: boolean, note = ''): void => {
      if (done) return; // 'error' may be followed by 'close'
      done = true;
      const result: Result = {
        script: step.script,
        status: passed ? 'passed' : 'failed',
        seconds: seconds(start),
      };
      const mark = passed ? paint('32', '✔') : paint('31', '✘');
      const title = `${mark} ${step.script} ${passed ? 'passed' : 'FAILED'}${note} in ${result.seconds.toFixed(1)} s`;
      const body = Buffer.concat(output).toString();
      process.stdout.write(
        live
          ? `${title}\n`
          : `\n── ${title} ──\n${body}${body.endsWith('\n') || !body ? '' : '\n'}`,
      );
      resolve(result);
    };
    child.on('error', (error) => {
      finish(false, ` (${error.message})`);
    });
    child.on('close', (code, signal) => {
      finish(code === 0, code === 0 ? '' : ` (${signal ?? `exit code ${String(code)}`})`);
    });
  });
}

async function main(): Promise<number> {
  const start = performance.now();
  const results: Result[] = [];
  for (const stage of STAGES) {
    if (results.some((r) => r.status !== 'passed')) {
      results.push(
        ...stage.map((s): Result => ({ script: s.script, status: 'skipped', seconds: 0 })),
      );
      continue;
    }
    if (options.sequential) {
      for (const step of stage) results.push(await run(step, true));
    } else {
      results.push(
        ...(await Promise.all(
          stage.map((step) => run(step, stage.length === 1 || step.live === true)),
        )),
      );
    }
  }
  process.stdout.write('\n');
  const width = Math.max(...results.map((r) => r.script.length));
  for (const r of results) {
    const time = r.status === 'skipped' ? '' : `${r.seconds.toFixed(1).padStart(7)} s`;
    const status = {
      passed: paint('32', 'passed'),
      failed: paint('31', 'FAILED'),
      skipped: paint('2', 'skipped'),
    }[r.status];
    process.stdout.write(`  ${r.script.padEnd(width)} ${status.padEnd(color ? 16 : 7)} ${time}\n`);
  }
  const failed = results.filter((r) => r.status === 'failed').map((r) => r.script);
  process.stdout.write(
    `\n${failed.length ? paint('31', `npm test failed: ${failed.join(', ')}`) : paint('32', 'npm test passed')} (${seconds(start).toFixed(1)} s)\n`,
  );
  return failed.length ? 1 : 0;
}

void main().then((code) => {
  process.exitCode = code;
});
