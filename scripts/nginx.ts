/**
 * Serves a production build with Debian's nginx and the site's real config (deploy/nginx/),
 * without root and without touching /etc/nginx: the snippets are included from the repository
 * and nginx runs in the foreground from a temporary prefix.
 *
 *   npx tsx scripts/nginx.ts [--port 3000] [--build build] [--file /url=path ...]
 *
 * `--file` serves one more file at an address of its own, beside the build: the browser tests
 * serve their tools this way (e2e/axe.ts), so that the site's pages stay exactly the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const deployDir = join(root, 'deploy', 'nginx');
const SNIPPETS = '/etc/nginx/snippets/vm-vs-container/';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('nginx is not installed: run `sudo apt-get install nginx-light` (see README)');
}

/** The nginx.conf used for local serving and tests: production snippets, local root and port. */
export interface ServeOptions {
  buildDir: string;
  port: number;
  host?: string;
  /** The CSP snippet postbuild wrote for this build; deploy/nginx/csp.conf by default. */
  cspFile?: string;
  /** More files to serve, by address (`/__e2e/axe.min.js`): absolute paths outside the build. */
  files?: Readonly<Record<string, string>>;
}

export function localNginxConfig(options: ServeOptions & { prefix: string }): string {
  const include = (name: string): string => `include ${join(deployDir, name)};`;
  const site = readFileSync(join(deployDir, 'site.conf'), 'utf8')
    .replaceAll(`${SNIPPETS}csp.conf`, options.cspFile ?? join(deployDir, 'csp.conf'))
    .replaceAll(SNIPPETS, `${deployDir}/`);
  writeFileSync(join(options.prefix, 'site.conf'), site);
  const brotli = existsSync(BROTLI_MODULE);
  const temp = (name: string): string => join(options.prefix, name);
  return [
    brotli ? `load_module ${BROTLI_MODULE};` : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    'events { worker_connections 512; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  types { application/manifest+json webmanifest; }',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${temp(kind)};`,
    ),
    '  server {',
    `    listen ${options.host ?? '127.0.0.1'}:${String(options.port)};`,
    `    root ${options.buildDir};`,
    ...Object.entries(options.files ?? {}).map(
      ([address, file]) => `    location = ${address} { alias "${file}"; expires 1h; }`,
    ),
    `    include ${join(options.prefix, 'site.conf')};`,
    brotli ? `    ${include('brotli.conf')}` : '',
    '  }',
    '}',
    '',
  ].join('\n');
}

export function startNginx(options: ServeOptions): ChildProcess {
  if (!existsSync(join(options.buildDir, 'index.html'))) {
    throw new Error(`${options.buildDir} has no index.html: run \`npm run build\` first`);
  }
  for (const [address, file] of Object.entries(options.files ?? {})) {
    // Both go into nginx's config as they are: nothing that could end a directive or start a
    // variable.
    if (!/^\/[\w.~/-]+$/.test(address)) {
      throw new Error(`--file ${address}: an address is / followed by letters, digits, . _ ~ - /`);
    }
    if (/[\s"'$;{}#\\]/.test(file)) {
      throw new Error(`--file ${address}=${file}: the path has a space or one of " ' $ ; { } # \\`);
    }
    if (!existsSync(file)) throw new Error(`--file ${address}=${file}: no such file`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'vm-vs-container-nginx-'));
  const confFile = join(prefix, 'nginx.conf');
  writeFileSync(confFile, localNginxConfig({ ...options, prefix }));
  return spawn(nginxBinary(), ['-p', prefix, '-c', confFile, '-e', join(prefix, 'error.log')], {
    stdio: 'inherit',
  });
}

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** Every `--file /address=path`, paths resolved from the repository. */
function fileArgs(): Record<string, string> {
  const files: Record<string, string> = {};
  process.argv.forEach((value, index) => {
    if (value !== '--file') return;
    const spec = process.argv[index + 1] ?? '';
    const at = spec.indexOf('=');
    if (at <= 0) throw new Error(`--file ${spec}: expected /address=path`);
    files[spec.slice(0, at)] = resolve(root, spec.slice(at + 1));
  });
  return files;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const port = Number(arg('port', '3000'));
  const buildDir = resolve(root, arg('build', 'build'));
  const host = arg('host', '127.0.0.1');
  const child = startNginx({ buildDir, port, host, files: fileArgs() });
  console.log(`Serving ${buildDir} with nginx at http://${host}:${String(port)}/ (Ctrl+C stops)`);
  const stop = (): void => {
    child.kill('SIGQUIT');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
