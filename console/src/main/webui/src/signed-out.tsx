import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles";
import "./i18n";
import { SignedOut } from "./screens/SignedOut";

// A page of its own (not a route of the application): it needs no session, and the SPA's routes all do.
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SignedOut />
  </StrictMode>,
);
