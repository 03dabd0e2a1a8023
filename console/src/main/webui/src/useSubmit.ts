import { useState } from "react";
import { ApiError } from "./api";

/**
 * A form's submission: one at a time (busy), the service's problem+json field errors beside their fields, any other
 * failure (a 412, the session, the network) for ErrorMessage. What was typed stays in the form either way.
 */
export function useSubmit() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setErrors({});
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.problem?.errors) setErrors(err.fieldErrors);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  }
  return { errors, setErrors, failure, setFailure, busy, run };
}
