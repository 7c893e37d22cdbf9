/** Raised when configuration is missing or malformed; the process must not start. */
export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** What `parseEnv` needs of a schema (a zod object fits): a parse that reports every issue with its path. */
export interface EnvSchema<T> {
  safeParse(
    source: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Parses `source` (process.env by default) once, naming every variable that is wrong. */
export function parseEnv<T>(schema: EnvSchema<T>, source: NodeJS.ProcessEnv = process.env): T {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`));
  }
  return result.data;
}
