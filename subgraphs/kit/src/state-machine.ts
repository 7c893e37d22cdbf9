import { ErrorCode, HubError, type Bilingual } from "./errors";

export interface StateMachine<S extends string, E extends string> {
  /** The state reached by `event` from `current`; throws ILLEGAL_TRANSITION when the step is not allowed. */
  next(current: S, event: E): S;
  /** The steps allowed from `current`. */
  allowed(current: S): E[];
}

export interface StateMachineLabels<S extends string, E extends string> {
  /** What the machine governs, e.g. { zh: "调解案件", en: "mediation case" }. */
  entity: Bilingual;
  states: Record<S, string>;
  events: Record<E, string>;
}

/**
 * A transition table, checked in one place. An illegal step is refused with a typed error that
 * names the current state and the steps allowed from it, so a clerk knows what to do instead.
 */
export function defineStateMachine<S extends string, E extends string>(
  transitions: Record<S, Partial<Record<E, S>>>,
  labels: StateMachineLabels<S, E>,
): StateMachine<S, E> {
  const allowed = (current: S) => Object.keys(transitions[current]) as E[];
  return {
    allowed,
    next(current, event) {
      const target = transitions[current][event];
      if (target !== undefined) return target;
      const options = allowed(current);
      const zhOptions = options.map((step) => labels.events[step]).join("、") || "无";
      throw new HubError(
        ErrorCode.ILLEGAL_TRANSITION,
        {
          zh: `${labels.entity.zh}当前为“${labels.states[current]}”，不能“${labels.events[event]}”；可进行：${zhOptions}`,
          en: `The ${labels.entity.en} is ${current}; "${event}" is not allowed now. Allowed next steps: ${options.join(", ") || "none"}`,
        },
        { entity: labels.entity.en, currentState: current, attempted: event, allowedNextSteps: options },
      );
    },
  };
}
