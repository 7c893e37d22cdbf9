import { Form, type FormInstance } from "antd";
import { useCallback, useMemo } from "react";
import { useSession } from "../app/session-context";
import { clearDraft, loadDraft, saveDraft } from "./drafts";

/** An Ant Design form whose values survive a refusal, a reload and an expired session (per user, per form). */
export function useDraftForm<T extends object>(
  formKey: string,
  defaults: Partial<T>,
): { form: FormInstance<T>; initialValues: Partial<T>; onValuesChange: (_: unknown, all: T) => void; discardDraft: () => void } {
  const [form] = Form.useForm<T>();
  const { user } = useSession();
  // The draft is read once, when the form opens: later renders must not overwrite what is being typed.
  const initialValues = useMemo(() => ({ ...defaults, ...(loadDraft<Partial<T>>(user.id, formKey) ?? {}) }), [formKey, user.id]);
  const onValuesChange = useCallback((_: unknown, all: T) => saveDraft(user.id, formKey, all), [user.id, formKey]);
  const discardDraft = useCallback(() => clearDraft(user.id, formKey), [user.id, formKey]);
  return { form, initialValues, onValuesChange, discardDraft };
}
