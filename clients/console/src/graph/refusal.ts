/** One refusal from the graph, as the clerk needs it: the Chinese message, the field at fault, the rule. */
export interface Problem {
  code: string;
  messageZh: string;
  messageEn: string;
  /** Dotted input path, e.g. `input.parties.0.idNumber`. */
  field?: string;
  rule?: string;
}

/** The graph refused the operation (or part of it); `problems` are its errors, read for people. */
export class GraphRefusal extends Error {
  constructor(
    readonly problems: Problem[],
    readonly status: number,
  ) {
    super(problems.map((problem) => problem.messageZh).join("；"));
    this.name = "GraphRefusal";
  }

  get unauthenticated(): boolean {
    return this.status === 401 || this.problems.some((problem) => problem.code === "UNAUTHENTICATED");
  }
}

interface RawError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** "中文 / English" is how every department words a message; the Chinese half is what a clerk reads. */
function chineseHalf(message: string): string {
  const [zh] = message.split(" / ");
  return zh ?? message;
}

export function problemOf(error: RawError): Problem {
  const extensions = error.extensions ?? {};
  const message = text(error.message) ?? "";
  const problem: Problem = {
    code: text(extensions.code) ?? "INTERNAL_SERVER_ERROR",
    messageZh: text(extensions.messageZh) ?? (chineseHalf(message) || "操作未能完成，请稍后重试"),
    messageEn: text(extensions.messageEn) ?? message,
  };
  const field = text(extensions.field);
  const rule = text(extensions.rule);
  if (field) problem.field = field;
  if (rule) problem.rule = rule;
  return problem;
}

/** When the response is not GraphQL at all (a proxy's page, a dropped connection). */
export function transportProblem(status: number): Problem {
  return {
    code: status === 401 ? "UNAUTHENTICATED" : "UNAVAILABLE",
    messageZh: status === 401 ? "登录已失效，请重新登录" : `服务暂时不可用（${status || "网络中断"}），请稍后重试`,
    messageEn: status === 401 ? "Signed out" : `The service is unavailable (${status})`,
  };
}
