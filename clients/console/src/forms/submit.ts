import type { FormInstance } from "antd";
import type { HubDocument } from "@hub/sdk";
import { graph } from "../graph/client";
import { GraphRefusal, type Problem } from "../graph/refusal";
import { applyRefusal } from "./apply-refusal";

/**
 * Sends a form's operation; a refusal lands on the fields it names (values kept) and the rest
 * is returned for the form's alert. Resolves to the data, or undefined when refused.
 */
export async function submitForm<TData, TVariables>(
  form: FormInstance,
  op: HubDocument<TData, TVariables>,
  variables: TVariables,
  setProblems: (problems: Problem[]) => void,
  fieldMap?: Record<string, (string | number)[]>,
): Promise<TData | undefined> {
  setProblems([]);
  try {
    return await graph(op, variables);
  } catch (error) {
    if (!(error instanceof GraphRefusal)) throw error;
    if (!error.unauthenticated) setProblems(applyRefusal(form, error, fieldMap));
    return undefined;
  }
}
