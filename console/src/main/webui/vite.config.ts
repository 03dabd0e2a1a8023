import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Quinoa serves dist/ from Quarkus; assets go to /assets/* (public: no personal data in built code).
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", assetsDir: "assets", sourcemap: false },
  test: { environment: "node" },
});
