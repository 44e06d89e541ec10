/** An engine action that checks a value in the live world before the document takes it. */
export interface CheckRequest {
  service: string;
  action: string;
  input: unknown;
}
