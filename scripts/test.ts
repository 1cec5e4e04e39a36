/**
 * `npm test`: every check, each step as soon as the steps it needs have passed.
 *
 *   typecheck, lint, unit tests and the production build start at once; the checks over the
 *   build (Vitest) and the browser tests start when the build has passed, beside whatever is
 *   still running (the browser tests, the longest step, no longer wait for the unit tests).
 *
 * The output of a step is held and printed in one block when it ends, so steps never interleave
 * line by line; the browser tests print as they go. A summary lists each step with its time. The
 * exit code is 1 when any step failed; a step whose dependency failed is skipped, as `a && b`
 * would.
 *
 *   tsx scripts/test.ts [--sequential]    (--sequential: one step at a time, all output live)
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

interface Step {
  /** The npm script to run. */
  readonly script: string;
  /** The steps that must pass before this one starts. */
  readonly after?: readonly string[];
  /** Print the output as it comes (at most one such step). */
  readonly live?: boolean;
}

/** In the order they start and are listed; `after` names only steps listed before. */
const STEPS: readonly Step[] = [
  { script: 'build' },
  { script: 'test:unit' },
  { script: 'lint' },
  { script: 'typecheck' },
  { script: 'test:build', after: ['build'] },
  { script: 'test:e2e', after: ['build'], live: true },
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

/** Runs each step once the steps it names in `after` have passed; skips it when one did not. */
async function runAll(steps: readonly Step[], sequential: boolean): Promise<Result[]> {
  const started = new Map<string, Promise<Result>>();
  let previous: Promise<unknown> = Promise.resolve();
  for (const step of steps) {
    const needs = (step.after ?? []).map((name) => {
      const dependency = started.get(name);
      if (!dependency)
        throw new Error(`scripts/test.ts: ${step.script} runs after unknown step ${name}`);
      return dependency;
    });
    const ready = sequential ? previous.then(() => Promise.all(needs)) : Promise.all(needs);
    const result = ready.then((done) =>
      done.every((r) => r.status === 'passed')
        ? run(step, sequential || step.live === true)
        : { script: step.script, status: 'skipped' as const, seconds: 0 },
    );
    started.set(step.script, result);
    previous = result;
  }
  return Promise.all(started.values());
}

async function main(): Promise<number> {
  const start = performance.now();
  const results = await runAll(STEPS, options.sequential === true);
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
