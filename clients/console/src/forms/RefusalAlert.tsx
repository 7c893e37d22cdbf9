import { Alert } from "antd";
import type { Problem } from "../graph/refusal";
import { messageOf } from "./apply-refusal";

/** The refusals that belong to no single field, read for people (never the raw error). */
export function RefusalAlert({ problems }: { problems: Problem[] }) {
  if (!problems.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={problems.length === 1 ? messageOf(problems[0] as Problem) : "操作未能完成"}
      description={
        problems.length > 1 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {problems.map((problem, i) => (
              <li key={i}>{messageOf(problem)}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
