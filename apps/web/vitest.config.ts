import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Component tests of the web app: `pnpm exec vitest run --config apps/web/vitest.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // As in vite.config.ts: <altcha-widget> is a custom element.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'altcha-widget' } } })],
  resolve: {
    // Vite would pick graphql's .mjs while Node code picks .js: two copies of graphql in one
    // process ("another module or realm"). Point every import at Node's copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    css: false,
  },
});
