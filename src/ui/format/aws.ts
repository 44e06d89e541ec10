/** An AWS error as the sim client rejects with it ({name, message}), or anything else thrown. */
export interface AwsErrorShape {
  name: string;
  message: string;
}

export function asAwsError(error: unknown): AwsErrorShape {
  if (typeof error === 'object' && error !== null) {
    const e = error as { name?: unknown; message?: unknown };
    return {
      name: typeof e.name === 'string' ? e.name : 'Error',
      message: typeof e.message === 'string' ? e.message : String(error),
    };
  }
  return { name: 'Error', message: String(error) };
}
