import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The server serves dist/ at `/` with an SPA fallback; in development Vite serves the app and
// forwards /graphql (HTTP and WebSocket) to the server on its usual port.
export default defineConfig({
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: true },
      // The opinion table's download links (/exports/…) are served by the server too.
      '/exports': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      // Files for createDraft (and any later mutation that takes an upload) go here first.
      '/uploads': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // Charts are drawn only on the dashboard: their own chunk, loaded with that route, never at
            // login. Without pulling in what they import (Vue), which the first page needs anyway.
            {
              name: 'echarts',
              test: /node_modules[\\/].*(echarts|zrender)[\\/]/,
              priority: 30,
              includeDependenciesRecursively: false,
            },
            { name: 'element-plus', test: /node_modules[\\/].*element-plus/, priority: 20 },
            { name: 'vendor', test: /node_modules/, priority: 10 },
          ],
        },
      },
    },
  },
});
