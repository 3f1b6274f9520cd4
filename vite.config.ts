import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the built tab can be hosted under any path (a Teams tab host, a CDN folder).
  base: "./",
  build: {
    outDir: "dist",
    sourcemap: true,
    target: "es2022",
    chunkSizeWarningLimit: 600,
    // redirect.html: MSAL v5's bridge page for popup and silent sign-in responses.
    rollupOptions: { input: { main: "index.html", redirect: "redirect.html" } },
  },
  // The validation worker is an ES module of its own, so the .xlsx reader it imports on demand stays
  // a separate chunk (the default "iife" format cannot split, and would inline it into the worker).
  worker: { format: "es" },
  server: { port: 5173, strictPort: true },
});
