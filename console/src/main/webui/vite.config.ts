import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Quinoa serves dist/ from Quarkus; assets go to /assets/* (public: no personal data in built code).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist", assetsDir: "assets", sourcemap: false,
    // Two pages: the application (every route needs a session) and the public "signed out" page.
    rollupOptions: { input: { main: "index.html", signedOut: "signed-out.html" } },
  },
  test: { environment: "node" },
});
