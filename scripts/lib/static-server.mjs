// @ts-check
// A small static server on localhost, for the benchmark and for the tests that open built pages in Chromium:
// folders served at address prefixes, gzip as any host serves text, and a folder's index.html for its address.
// Each file is compressed once and kept in memory, as a static host or CDN keeps it, so the server's own work
// does not count against the page that asks most.
import {readFile, stat} from 'node:fs/promises';
import {createServer} from 'node:http';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves each folder at its prefix (the longest prefix that matches wins), with `headers` on every file.
 * @param {{folders: Record<string, string>, headers?: Record<string, string>}} options such as
 *   `{folders: {'/': pages, '/dist/': dist}}`; each prefix starts and ends with `/`
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function serve({folders, headers = {}}) {
  const prefixes = Object.keys(folders).sort((a, b) => b.length - a.length);
  /** @type {Map<string, {plain: Buffer, gzip: Buffer}>} */
  const files = new Map();
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    const folder = prefix && folders[prefix];
    let file = folder ? path.join(folder, pathname.slice(prefix.length)) : '';
    const inside = folder && !path.relative(folder, file).startsWith('..');
    let found = inside && (await stat(file).catch(() => undefined));
    if (found && found.isDirectory()) found = await stat((file = path.join(file, 'index.html'))).catch(() => undefined);
    if (!found || !found.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {...headers, 'Content-Type': type, ...(gzip && {'Content-Encoding': 'gzip'})});
    let bytes = files.get(file);
    if (!bytes) {
      const plain = await readFile(file);
      files.set(file, (bytes = {plain, gzip: gzipSync(plain, {level: 9})}));
    }
    response.end(gzip ? bytes.gzip : bytes.plain);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server did not start');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => {
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      // A browser keeps its connections open: close them, or close() waits for them to time out.
      server.closeAllConnections();
      return /** @type {Promise<void>} */ (closed);
    },
  };
}
