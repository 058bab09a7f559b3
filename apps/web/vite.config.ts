import { fileURLToPath } from 'node:url';
import VueI18n from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import ElementPlus from 'unplugin-element-plus/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

/**
 * One module per GraphQL document. Codegen writes every operation of the app into one file
 * (packages/graphql-client), and a module goes whole into one chunk: as one module, every page's
 * documents rode in the first load of all. Split, each page's chunk carries the documents it
 * sends. Only the `export const …Document = {…}` lines move; the types stay where they are. No
 * published plugin does this for codegen's client preset (its near-operation-file preset would,
 * at the price of a file beside every operation and a dependency).
 */
function documentPerModule(): Plugin {
  const GENERATED = /\/packages\/graphql-client\/src\/generated\/graphql\.ts$/;
  const DOCUMENT = /^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  const PREFIX = '\0gongbian-document:';
  const documents = new Map<string, string>();
  return {
    name: 'gongbian:document-per-module',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!GENERATED.test(id)) return null;
      return code.replace(DOCUMENT, (_line, name: string, json: string) => {
        documents.set(name, json);
        return `export { ${name} } from '${PREFIX}${name}';`;
      });
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      return `export const ${name} = ${documents.get(name)};`;
    },
  };
}

// The first load of every page is budgeted (test/budget/web-bundle.test.ts; `BENCH_ONLY=web-bundle
// pnpm bench` prints it per page). Each route, library part and stylesheet loads with the first
// page that uses it, where Rolldown's own splitting puts it: no hand-made vendor chunks, which put
// every Element Plus component on the sign-in page.
export default defineConfig({
  plugins: [
    // <altcha-widget> (the public page's proof-of-work) is a custom element, not a Vue component.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'altcha-widget' } } }),
    documentPerModule(),
    // The styles of each Element Plus component imported by hand (`import { ElButton } from
    // 'element-plus'`, as every component here does) come with that import…
    ElementPlus({}),
    // …and those of one used in a template without an import are resolved with it. No
    // components.d.ts: the app imports what it uses, so vue-tsc sees its types.
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
    // The UI's messages compiled at build time, so the browser runs vue-i18n without its compiler.
    VueI18n({
      include: [
        fileURLToPath(
          new URL(
            './src/i18n/{zh-CN,zh-CN.pages,zh-CN.consultation,zh-CN.alignment,zh-CN.adoption,zh-CN.invite,en,en.pages,en.consultation,en.alignment,en.adoption,en.invite,refusals.zh-CN,refusals.en}.ts',
            import.meta.url,
          ),
        ),
      ],
      dropMessageCompiler: true,
      fullInstall: true,
      compositionOnly: true,
    }),
    // A .gz and a .br copy beside each script and stylesheet, made once at the highest levels; the
    // server sends them as they are (apps/server/src/http-delivery.ts).
    compression({ include: /\.(js|css)$/, threshold: 1024, algorithms: ['gzip', 'brotliCompress'] }),
  ],
  define: {
    // Every component, ours and the libraries', is written with setup(): Vue's Options API goes.
    __VUE_OPTIONS_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: true },
      // The opinion table's download links (/exports/…) are served by the server too.
      '/exports': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      // Files for createDraft (and any later mutation that takes an upload) go here first.
      '/uploads': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      // The public drafts of 开门编规划, as their snapshots are served (and cached) in production.
      '/public-api': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page imports, read by the budget test and bench
    // (test/support/page-weight.ts). The server does not serve dot-folders.
    manifest: true,
    // The dashboard's chart chunk carries ECharts, about 530 KB before compression; nothing else is near.
    chunkSizeWarningLimit: 600,
  },
});
