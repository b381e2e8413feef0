import { defineConfig } from 'vite';

/** `npm start`: serves the demo pages (demo/) and the sample feed (sample/) from the sources. */
export default defineConfig({
  root: '.',
  server: { port: 5173, strictPort: true },
  preview: { port: 5173 },
});
