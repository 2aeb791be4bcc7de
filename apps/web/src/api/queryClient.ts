import { QueryClient } from "@tanstack/react-query";
import { isApiError } from "./ApiRequestError";

/**
 * The editor's one react-query cache. Client errors (4xx) are answers, not glitches: retrying
 * a 401 or 404 only delays the message, so only network and 5xx failures retry.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
      refetchOnWindowFocus: false,
    },
  },
});
