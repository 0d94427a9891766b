// Vite: React, build to client/dist, and in development a proxy to the game server so the
// browser sees one origin (http://localhost:5173) exactly as in production.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = process.env.COUNCIL_SERVER ?? 'http://localhost:2567';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // One bundle loaded once per session over a LAN; react-dom, zod and the SDK make up most of it.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: server, changeOrigin: true },
      '/matchmake': { target: server, changeOrigin: true },
      // Colyseus room sockets live at /<processId>/<roomId>?sessionId=…; Vite's own paths
      // (/src/…, /@vite/…, /node_modules/…) never carry a sessionId.
      '^/[^/?]+/[^/?]+\\?(.*&)?sessionId=': { target: server, ws: true, changeOrigin: true },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: server, changeOrigin: true },
      '/matchmake': { target: server, changeOrigin: true },
      '^/[^/?]+/[^/?]+\\?(.*&)?sessionId=': { target: server, ws: true, changeOrigin: true },
    },
  },
});
