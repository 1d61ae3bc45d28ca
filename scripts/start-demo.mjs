// @ts-check
// `npm start`: builds the widget, serves the demo pages on localhost, and
// rebuilds and reloads the page whenever src/ or content/ changes. It never
// clears the terminal, says the demo's address after every build, and picks
// the next free port when the usual one is taken.
import {createServer} from 'node:net';
import path from 'node:path';
import {startDevServer} from '@web/dev-server';
import {watch} from 'rollup';
import {loadConfigFile} from 'rollup/loadConfigFile';

const wanted = Number(process.env.PORT ?? 8000);
const port = await freePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is in use, so the demo uses port ${port}.`);
const address = `http://localhost:${port}/demo/`;

const {options, warnings} = await loadConfigFile(new URL('../rollup.config.mjs', import.meta.url).pathname, {});
warnings.flush();

const watcher = watch(options);
/** @type {import('@web/dev-server-core').DevServer | undefined} */
let server;
watcher.on('event', async (event) => {
  if (event.code === 'BUNDLE_END') {
    await event.result.close();
    console.log(`Built ${event.output.map((file) => path.relative('.', file)).join(', ')} in ${event.duration} ms`);
  } else if (event.code === 'ERROR') {
    // Content errors are printed as file:line: message; the last good build stays in dist/.
    console.error(`Build failed: ${event.error.message}`);
    await event.result?.close();
  }
  if (event.code !== 'END' && event.code !== 'ERROR') return;
  server ??= await startDevServer({
    config: {rootDir: '.', port, watch: true, nodeResolve: false, clearTerminalOnReload: false},
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  console.log(`\nDemo: ${address}  (Ctrl+C to stop)`);
});

/**
 * The first port from `start` on that nothing is listening on.
 * @param {number} start
 */
async function freePort(start) {
  for (let candidate = start; candidate < start + 50; candidate++) {
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(candidate);
    });
    if (free) return candidate;
  }
  throw new Error(`no free port from ${start} to ${start + 49}; set PORT to one that is free`);
}
