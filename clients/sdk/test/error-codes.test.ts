import { ApolloServerErrorCode, ApolloServerValidationErrorCode } from "@apollo/server/errors";
import { GatewayErrorCode } from "../../../gateway/src/errors";
import { ErrorCode } from "../../../subgraphs/kit/src/errors";
import { HUB_ERROR_CODES, toHubError } from "../src/errors";

/** Raised by the client itself when no GraphQL answer arrived. */
const CLIENT_ONLY = ["NETWORK_ERROR", "INVALID_RESPONSE"];

it("lists exactly the hub's stable codes: the subgraphs', the gateway's and Apollo Server's", () => {
  const hub = new Set<string>([
    ...Object.values(ErrorCode),
    ...Object.values(GatewayErrorCode),
    ...Object.values(ApolloServerErrorCode),
    ...Object.values(ApolloServerValidationErrorCode),
  ]);
  expect(HUB_ERROR_CODES.filter((code) => !CLIENT_ONLY.includes(code)).sort()).toEqual([...hub].sort());
});

it("reads an error into the member of the union its code names, with field and rule", () => {
  const input = toHubError({
    message: "m",
    extensions: { code: "BAD_USER_INPUT", field: "input.placeCode", rule: "GB/T 2260", messageZh: "区划代码无效" },
  });
  expect(input).toMatchObject({ code: "BAD_USER_INPUT", field: "input.placeCode", rule: "GB/T 2260", messageZh: "区划代码无效" });
  const rule = toHubError({ message: "m", extensions: { code: "REFUSED_BY_RULE", rule: "民诉法解释 355" } });
  expect(rule).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 355" });
  const transition = toHubError({ message: "m", extensions: { code: "ILLEGAL_TRANSITION", currentState: "CLOSED", allowedNextSteps: [] } });
  expect(transition).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "CLOSED", allowedNextSteps: [] });
  const forbidden = toHubError({ message: "m", extensions: { code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" } });
  expect(forbidden).toMatchObject({ code: "FORBIDDEN", reason: "NOT_FOUND_OR_OUT_OF_SCOPE" });
  expect(toHubError({ message: "m", extensions: { code: "RATE_LIMITED", retryAfter: 12 } })).toMatchObject({ retryAfter: 12 });
});

it("reads an unknown or missing code as INTERNAL_SERVER_ERROR and keeps what was sent", () => {
  const unknown = toHubError({ message: "m", extensions: { code: "SOMETHING_NEW", detail: 1 } });
  expect(unknown.code).toBe("INTERNAL_SERVER_ERROR");
  expect(unknown.extensions).toEqual({ code: "SOMETHING_NEW", detail: 1 });
  expect(toHubError({ message: "m" }).code).toBe("INTERNAL_SERVER_ERROR");
});
