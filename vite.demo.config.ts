import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built files in dist/ exactly as they ship: no Vite transform, for the partner demo that
 * loads the one-file classic script (`<script src="/dist/news-widgets.js" defer>`). When the
 * file is missing, a 404 whose text says to run `npm run build`.
 */
function serveDist(): Plugin {
  const dist = path.resolve('dist');
  const types: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.ts': 'text/plain; charset=utf-8',
  };
  return {
    name: 'news-widgets:serve-dist',
    configureServer(server) {
      server.middlewares.use('/dist', (request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        const file = path.resolve(dist, `.${pathname}`);
        if (!file.startsWith(dist + path.sep)) return next();
        if (!existsSync(file) || !statSync(file).isFile()) {
          response.statusCode = 404;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(`dist${pathname} does not exist yet: run \`npm run build\`, then reload.`);
          return;
        }
        response.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream');
        response.setHeader('cache-control', 'no-store');
        response.end(readFileSync(file));
      });
    },
  };
}

/**
 * `npm start`: the demo pages (demo/), the sample feed (sample/), the widgets from the sources
 * (`/src/define.ts`) and the built classic script (`/dist/news-widgets.js`).
 */
export default defineConfig({
  root: '.',
  plugins: [serveDist()],
  server: { port: 5173, strictPort: true, watch: { ignored: ['**/dist/**', '**/storybook-static/**', '**/docs/api/**'] } },
  preview: { port: 5173 },
});
