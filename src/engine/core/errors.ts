/**
 * An error as an AWS service returns it. `name` is what the AWS SDK for JavaScript v3 reports as
 * `error.name`; `code` is the legacy query-protocol code (the SDK's `error.Code`, and the
 * `x-amzn-query-error` header); `status` is the HTTP status.
 */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fault: 'Sender' | 'Receiver';

  constructor(
    name: string,
    message: string,
    options: { code?: string; status?: number; fault?: 'Sender' | 'Receiver' } = {},
  ) {
    super(message);
    this.name = name;
    this.code = options.code ?? name;
    this.status = options.status ?? 400;
    this.fault = options.fault ?? 'Sender';
  }
}

/** An error as plain data, for replies that travel through the schedule. */
export interface ErrorData {
  name: string;
  message: string;
  code: string;
  status: number;
}

export function toErrorData(error: AwsError): ErrorData {
  return { name: error.name, message: error.message, code: error.code, status: error.status };
}

export function fromErrorData(data: ErrorData): AwsError {
  return new AwsError(data.name, data.message, { code: data.code, status: data.status });
}
