import i18n from "./i18n";
import { ApiError } from "./api";
import { fieldErrors } from "./communityTypes";
import { useSubmit } from "./useSubmit";

/** Conflicts community-service answers about one field (409 with this problem type): shown beside that field. */
const FIELD_CONFLICTS: Record<string, [string, string]> = {
  "client-code-taken": ["code", "community.clients.codeTaken"],
};

/**
 * useSubmit for community-service's forms: its field messages in Czech (communityTypes.fieldErrors), a taken code
 * beside the code field; a 412 and anything else for ErrorMessage. What was typed stays either way.
 */
export function useCommunitySubmit() {
  const submit = useSubmit();
  const { setErrors } = submit;
  function run(action: () => Promise<void>) {
    return submit.run(async () => {
      try {
        await action();
      } catch (err) {
        if (err instanceof ApiError && err.status === 400 && err.problem?.errors) {
          setErrors(fieldErrors(err));
          return;
        }
        const conflict = err instanceof ApiError && err.status === 409
          ? Object.entries(FIELD_CONFLICTS).find(([type]) => err.problem?.type?.endsWith(type)) : undefined;
        if (conflict) {
          setErrors({ [conflict[1][0]]: i18n.t(conflict[1][1]) });
          return;
        }
        throw err;
      }
    });
  }
  return { ...submit, run };
}

/** A failure after which the service certainly recorded nothing (it answered 4xx): the next try may take a new key. */
export function answered(err: unknown): boolean {
  return err instanceof ApiError && err.status >= 400 && err.status < 500;
}
