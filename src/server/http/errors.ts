// Errors the endpoint answers with: a status, a code and a message in French for the aidant.
import type { ErrorBody } from '../../shared/schema/errors';

/** An error that becomes a JSON answer `{"error":{"code","message"}}` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The JSON body of the answer. */
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}
