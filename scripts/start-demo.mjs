// @ts-check
// `npm start`: builds the widget, serves the demo pages on localhost, and
// rebuilds and reloads the page whenever src/ or content/ changes.
import {startDevServer} from '@web/dev-server';
import {watch} from 'rollup';
import {loadConfigFile} from 'rollup/loadConfigFile';

const port = Number(process.env.PORT ?? 8000);
const {options, warnings} = await loadConfigFile(new URL('../rollup.config.mjs', import.meta.url).pathname, {});
warnings.flush();

const watcher = watch(options);
/** @type {import('@web/dev-server-core').DevServer | undefined} */
let server;
watcher.on('event', async (event) => {
  if (event.code === 'BUNDLE_END') {
    await event.result.close();
    console.log(`Built dist/ in ${event.duration} ms`);
  } else if (event.code === 'ERROR') {
    // Content errors are printed as file:line: message; the last good build stays in dist/.
    console.error(`Build failed: ${event.error.message}`);
    await event.result?.close();
  }
  if ((event.code === 'END' || event.code === 'ERROR') && !server) {
    server = await startDevServer({
      config: {rootDir: '.', port, watch: true, nodeResolve: false},
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    console.log(`\nDemo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
  }
});
