import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { queryClient } from "../api/queryClient";
import { EditorApp } from "./EditorApp";
import "./editor.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <EditorApp />
    </QueryClientProvider>
  </StrictMode>,
);
