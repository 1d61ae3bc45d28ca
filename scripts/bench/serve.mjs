// @ts-check
// A small static server for the benchmark: gzip, as any host serves text,
// with the pages from one folder and the built guide under /dist/. Each file
// is compressed once and kept in memory, as a static host or CDN keeps it, so
// the server's own work does not count against the page that asks most.
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
 * @param {{pagesDir: string, distDir: string}} folders
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function serve({pagesDir, distDir}) {
  /** @type {Map<string, {plain: Buffer, gzip: Buffer}>} */
  const files = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const relative = decodeURIComponent(url.pathname);
    const file = relative.startsWith('/dist/')
      ? path.join(distDir, relative.slice('/dist/'.length))
      : path.join(pagesDir, relative);
    const inside = [pagesDir, distDir].some((dir) => !path.relative(dir, file).startsWith('..'));
    const found = inside && (await stat(file).catch(() => undefined))?.isFile();
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
      ...(gzip && {'Content-Encoding': 'gzip'}),
    });
    let bytes = files.get(file);
    if (!bytes) {
      const plain = await readFile(file);
      files.set(file, (bytes = {plain, gzip: gzipSync(plain, {level: 9})}));
    }
    response.end(gzip ? bytes.gzip : bytes.plain);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the benchmark server did not start');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
