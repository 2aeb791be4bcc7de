import { emptyPageDoc, type PageDoc } from "@tessera/model";

/** A page document whose one app query `ping` GETs `path` from the datasource. */
export function pingPageDoc(datasourceId: string, path = "/"): PageDoc {
  return {
    ...emptyPageDoc(),
    queries: [
      {
        id: "q1",
        name: "ping",
        runOnPageLoad: false,
        config: { datasourceId, method: "GET", path, queryParams: [], headers: [], body: "" },
      },
    ],
  };
}

/** A page document with a login form, one app query and a module instance `Login1`. */
export function loginPageDoc(options: { datasourceId: string | null; packageId?: string; version?: number }) {
  return {
    schemaVersion: 1,
    widgets: [
      {
        id: "w1",
        name: "Input1",
        type: "input",
        parentId: null,
        layout: { x: 0, y: 0, w: 10, h: 4 },
        props: { label: "Email" },
      },
      {
        id: "w2",
        name: "Button1",
        type: "button",
        parentId: null,
        layout: { x: 0, y: 5, w: 10, h: 4 },
        props: { onClick: "{{Login1.signin({ email: Input1.text })}}" },
      },
    ],
    queries: [
      {
        id: "q1",
        name: "get_profile",
        runOnPageLoad: true,
        config: {
          datasourceId: options.datasourceId,
          method: "GET",
          path: "/user/{{appsmith.store.user_id}}",
          headers: [{ key: "Authorization", value: "Bearer {{appsmith.store.access_token}}" }],
          body: "",
        },
      },
    ],
    jsObjects: [],
    moduleInstances: options.packageId
      ? [
          {
            id: "m1",
            name: "Login1",
            packageId: options.packageId,
            moduleName: "Login",
            version: options.version ?? 1,
          },
        ]
      : [],
  };
}
