import type { FormInstance } from "antd";
import type { GraphRefusal, Problem } from "../graph/refusal";

type NamePath = (string | number)[];

/** `input.parties.0.idNumber` → `["parties", 0, "idNumber"]`: the console's forms are shaped like the graph's inputs. */
export function namePathOf(field: string, prefix = "input"): NamePath {
  const parts = field.split(".");
  const rest = parts[0] === prefix ? parts.slice(1) : parts;
  return rest.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function messageOf(problem: Problem): string {
  return problem.rule ? `${problem.messageZh}（依据：${problem.rule}）` : problem.messageZh;
}

/**
 * Puts each refusal on the form field it names, keeping every value typed; returns the problems
 * that name no field of this form, for the form's own alert.
 */
export function applyRefusal(form: FormInstance, refusal: GraphRefusal, fieldMap: Record<string, NamePath> = {}): Problem[] {
  const registered = new Set(form.getFieldsError().map((entry) => JSON.stringify(entry.name)));
  const unplaced: Problem[] = [];
  const fields: { name: NamePath; errors: string[] }[] = [];
  for (const problem of refusal.problems) {
    const name = problem.field ? (fieldMap[problem.field] ?? namePathOf(problem.field)) : undefined;
    if (name && registered.has(JSON.stringify(name))) fields.push({ name, errors: [messageOf(problem)] });
    else unplaced.push(problem);
  }
  if (fields.length) {
    form.setFields(fields);
    const first = fields[0];
    if (first) form.scrollToField(first.name, { block: "center", focus: true });
  }
  return unplaced;
}
