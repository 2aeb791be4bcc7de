import { useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { sessionQueryOptions } from "../api/auth";
import { DatasourceEditor, NewDatasourcePage } from "../datasource/DatasourceEditor";
import { PackageEditor } from "../packageEditor/PackageEditor";
import { ErrorMessage } from "../shared/components/ErrorMessage";
import { Link } from "../shared/components/Link";
import { Loading } from "../shared/components/Loading";
import { AppShell } from "./AppShell";
import { InvitationPage } from "./auth/InvitationPage";
import { SignInPage } from "./auth/SignInPage";
import { SignUpPage } from "./auth/SignUpPage";
import { HomePage } from "./home/HomePage";
import { MembersPage } from "./members/MembersPage";
import { navigate, signInPath, useLocationPath, useRoute } from "./router";

// The app editor is the largest part of the editor: it loads only when an app is opened.
const AppEditor = lazy(() => import("../appEditor/AppEditor"));

/** The editor entry: picks the page for the URL, and sends signed-out users to sign-in. */
export function EditorApp() {
  const route = useRoute();
  const path = useLocationPath();
  const session = useQuery(sessionQueryOptions());
  // An invitation link opens signed out: accepting it is how the invited person gets an account.
  const needsSession = route.name !== "signin" && route.name !== "signup" && route.name !== "invite";
  const signedOut = needsSession && session.isSuccess && session.data === null;

  useEffect(() => {
    if (signedOut) navigate(signInPath(path), { replace: true });
  }, [signedOut, path]);

  if (route.name === "signin") return <SignInPage next={route.next} />;
  if (route.name === "signup") return <SignUpPage next={route.next} />;
  if (route.name === "invite") return <InvitationPage key={route.token} token={route.token} />;
  if (session.isPending) return <Loading />;
  if (session.isError)
    return (
      <main className="page">
        <ErrorMessage error={session.error} prefix="Could not reach Tessera" />
        <button type="button" onClick={() => session.refetch()}>
          Retry
        </button>
      </main>
    );
  const user = session.data;
  if (!user) return <Loading label="Redirecting to sign-in…" />;

  let page: ReactNode;
  switch (route.name) {
    case "home":
      page = <HomePage />;
      break;
    case "datasource":
      page = <DatasourceEditor key={route.datasourceId} datasourceId={route.datasourceId} />;
      break;
    case "newDatasource":
      page = <NewDatasourcePage key={route.workspaceId} workspaceId={route.workspaceId} />;
      break;
    case "package":
      page = <PackageEditor key={route.packageId} packageId={route.packageId} moduleId={route.moduleId} />;
      break;
    case "members":
      page = <MembersPage key={route.workspaceId} workspaceId={route.workspaceId} />;
      break;
    case "app":
      page = (
        <Suspense fallback={<Loading label="Loading the app editor…" />}>
          <AppEditor key={route.appId} appId={route.appId} pageId={route.pageId} />
        </Suspense>
      );
      break;
    default:
      page = (
        <main className="page">
          <h1>Page not found</h1>
          <p>
            Nothing lives at <code>{route.path}</code>. <Link href="/">Back to your workspaces</Link>
          </p>
        </main>
      );
  }
  return <AppShell user={user}>{page}</AppShell>;
}
