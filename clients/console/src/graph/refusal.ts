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

const CJK = /[\u4e00-\u9fff]/;

/** Errors that carry no Chinese message (the GraphQL layer's own) get one a clerk can act on; the raw text never shows. */
const GENERIC_ZH: Record<string, string> = {
  BAD_USER_INPUT: "提交的内容不完整或格式不正确，请检查后重试",
  GRAPHQL_VALIDATION_FAILED: "提交的内容不完整或格式不正确，请检查后重试",
  UNAUTHENTICATED: "登录已失效，请重新登录",
  FORBIDDEN: "您无权进行此操作，或该记录不在您的辖区内",
  NOT_FOUND: "未找到该记录",
  CONFLICT: "该记录已被他人更新，请刷新后重试",
};

/** "中文 / English" is how every department words a message; the Chinese half is what a clerk reads. */
function chineseOf(message: string, code: string): string {
  const [zh] = message.split(" / ");
  if (zh && CJK.test(zh)) return zh;
  return GENERIC_ZH[code] ?? "操作未能完成，请稍后重试";
}

export function problemOf(error: RawError): Problem {
  const extensions = error.extensions ?? {};
  const message = text(error.message) ?? "";
  const code = text(extensions.code) ?? "INTERNAL_SERVER_ERROR";
  const problem: Problem = {
    code,
    messageZh: text(extensions.messageZh) ?? chineseOf(message, code),
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
