import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The gateway is the only backend: in development Vite forwards API and probe calls to it,
// so the app runs same-origin exactly as it does when the gateway serves dist/.
const gateway = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': gateway,
      '/health': gateway,
      '/ready': gateway,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
