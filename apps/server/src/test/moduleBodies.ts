/** A query module like the flagship `sign_in`, calling `datasourceId`. */
export function signInModule(datasourceId: string | null, name = "sign_in") {
  return {
    kind: "query" as const,
    name,
    inputs: [
      { name: "email", type: "any", required: false, defaultValue: "demo@example.com", description: "" },
      { name: "password", type: "any", required: false, defaultValue: "", description: "" },
    ],
    config: {
      datasourceId,
      method: "POST" as const,
      path: "/token?grant_type=password",
      queryParams: [{ key: "audience", value: "{{inputs.audience}}" }],
      headers: [{ key: "X-Trace", value: "{{inputs.trace}}" }],
      body: '{ "email": {{inputs.email}}, "password": {{inputs.password}} }',
    },
  };
}

/** A JS module like the flagship `Login`. */
export function loginModule(
  source = "export default { signin: ({ email, password }) => sign_in.run({ email, password }) }",
) {
  return { kind: "js" as const, name: "Login", inputs: [], source };
}
