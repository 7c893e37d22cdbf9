import { ErrorCode, hubErrorBody, type Bilingual, type HubErrorDetails } from "@hub/contract";
import { GraphQLError } from "graphql";

export { ErrorCode, type Bilingual, type HubErrorDetails } from "@hub/contract";

/** An expected domain failure: typed, coded, bilingual. */
export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: Bilingual, details: HubErrorDetails = {}) {
    const body = hubErrorBody(code, message, details);
    super(body.message, { extensions: body.extensions });
  }
}

export function invalidInput(field: string, rule: string, message: Bilingual, extra: Record<string, unknown> = {}): HubError {
  return new HubError(ErrorCode.BAD_USER_INPUT, message, { field, rule, ...extra });
}

export function notFound(entity: string, id: string): HubError {
  return new HubError(ErrorCode.NOT_FOUND, { zh: `未找到${entity}（${id}）`, en: `${entity} ${id} was not found` }, { entity, id });
}
