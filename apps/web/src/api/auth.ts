import { queryOptions } from "@tanstack/react-query";
import type { LoginBody, SignupBody, User } from "@tessera/model";
import { isApiError } from "./ApiRequestError";
import { apiFetch } from "./client";

/** The signed-in user, or null when signed out (401 is an answer here, not an error). */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: ["session"],
    queryFn: async (): Promise<User | null> => {
      try {
        const { user } = await apiFetch<{ user: User }>("/api/v1/auth/me");
        return user;
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

/** Whether sign-up is open and whether any account exists yet (the first becomes admin). */
export const authConfigQueryOptions = () =>
  queryOptions({
    queryKey: ["auth-config"],
    queryFn: () => apiFetch<{ signupEnabled: boolean; hasUsers: boolean }>("/api/v1/auth/config"),
  });

export async function signIn(body: LoginBody): Promise<User> {
  const { user } = await apiFetch<{ user: User }>("/api/v1/auth/login", { method: "POST", body });
  return user;
}

export async function signUp(body: SignupBody): Promise<User> {
  const { user } = await apiFetch<{ user: User }>("/api/v1/auth/signup", { method: "POST", body });
  return user;
}

export async function signOut(): Promise<void> {
  await apiFetch<void>("/api/v1/auth/logout", { method: "POST" });
}
