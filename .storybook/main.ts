import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for news-widgets, set up by hand (no `storybook init`). Every story renders the
 * sample feed: `sample/` is served at `/sample`, so stories use the relative URL
 * `sample/feed.json`, which resolves both under `storybook dev` and in `storybook-static/`.
 * `npm run storybook` and `npm run build-storybook` run the Custom Elements Manifest analyzer
 * first; preview.ts reads its `custom-elements.json` for autodocs and controls.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [{ from: '../sample', to: '/sample' }],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // The renderer imports lit/directive-helpers.js; pre-bundled with the rest of Lit, the dev
      // server loads one copy of lit-html instead of two ("Multiple versions of Lit loaded").
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
  }),
};

export default config;
