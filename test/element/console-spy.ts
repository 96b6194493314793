/** Records console.warn and console.error calls until restored. */
export function spyConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    restore: () => {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** Collects uncaught exceptions and unhandled rejections until stopped. */
export function catchUncaught() {
  const faults: string[] = [];
  const onError = (e: ErrorEvent) => faults.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => faults.push(`rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    faults,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A deep copy of JSON data, to edit in a test. */
export const copy = <T>(json: unknown): T => JSON.parse(JSON.stringify(json)) as T;
