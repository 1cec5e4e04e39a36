/**
 * Runs the search worker of a production build in Node, the exact bundle browsers get, against
 * that build's search indexes, and talks to it over Comlink as the search bar does. The browser
 * APIs the bundle uses (self, importScripts, fetch, location, MessageChannel) are provided here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as Comlink from 'comlink';

/** What the worker returns for one result (see the plugin's SearchResult). */
export interface WorkerResult {
  readonly document: {
    readonly i: number;
    readonly u: string;
    readonly h?: string;
    readonly t: string;
  };
  readonly type: number;
  readonly tokens: readonly string[];
}

interface SearchWorker {
  fetchIndexes(baseUrl: string, searchContext: string): Promise<void>;
  search(
    baseUrl: string,
    searchContext: string,
    input: string,
    limit: number,
  ): Promise<WorkerResult[]>;
}

type Listener = (event: { data: unknown }) => void;

/** The worker entry file of one locale's build: the only script that calls importScripts. */
export function findWorkerScript(localeDir: string): string {
  const dir = join(localeDir, 'assets/js');
  const entries = readdirSync(dir).filter((file) =>
    readFileSync(join(dir, file), 'utf8').includes('importScripts('),
  );
  if (entries.length !== 1) {
    throw new Error(`expected one search worker script in ${dir}, found ${String(entries.length)}`);
  }
  return join(dir, entries[0] ?? '');
}

export interface WorkerHost {
  readonly worker: Comlink.Remote<SearchWorker>;
  close(): void;
}

/**
 * Starts the worker of the build in `buildDir` for the locale served at `localeBase` ('/' or
 * '/en/'). Files are read from the build as a static server would serve them.
 */
export async function startWorker(buildDir: string, localeBase: string): Promise<WorkerHost> {
  const localeDir = join(buildDir, localeBase);
  const script = findWorkerScript(localeDir);
  const origin = 'http://localhost';
  const fileOf = (url: string): string => {
    const { pathname } = new URL(url, origin);
    return join(buildDir, decodeURIComponent(pathname));
  };
  const workerListeners: Listener[] = [];
  const hostListeners: Listener[] = [];
  const ports: MessagePort[] = [];
  const context = createContext({
    console,
    URL,
    TextDecoder,
    TextEncoder,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    performance,
    location: { origin, href: `${origin}${localeBase}assets/js/worker.js` },
    MessageChannel: class extends MessageChannel {
      constructor() {
        super();
        ports.push(this.port1, this.port2);
      }
    },
    fetch: (url: string) => {
      const text = readFileSync(fileOf(url), 'utf8');
      return Promise.resolve({ json: () => Promise.resolve(JSON.parse(text) as unknown) });
    },
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'message') workerListeners.push(listener);
    },
    removeEventListener: () => undefined,
    postMessage: (data: unknown) => {
      setImmediate(() => {
        for (const listener of hostListeners) listener({ data });
      });
    },
  });
  runInContext('var self = globalThis;', context);
  context.importScripts = (...urls: string[]) => {
    for (const url of urls)
      runInContext(readFileSync(fileOf(url), 'utf8'), context, { filename: url });
  };
  runInContext(readFileSync(script, 'utf8'), context, { filename: script });

  const endpoint: Comlink.Endpoint = {
    postMessage: (data: unknown) => {
      setImmediate(() => {
        for (const listener of workerListeners) listener({ data });
      });
    },
    addEventListener: (type: string, listener: EventListenerOrEventListenerObject) => {
      if (type === 'message') hostListeners.push(listener as unknown as Listener);
    },
    removeEventListener: (_type: string, listener: EventListenerOrEventListenerObject) => {
      const at = hostListeners.indexOf(listener as unknown as Listener);
      if (at >= 0) hostListeners.splice(at, 1);
    },
  };
  const Remote = Comlink.wrap<new () => SearchWorker>(endpoint);
  const worker = await new Remote();
  return {
    worker,
    close: () => {
      for (const port of ports) port.close();
    },
  };
}
