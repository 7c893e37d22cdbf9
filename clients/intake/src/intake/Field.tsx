import type { ReactNode } from "react";

interface FieldProps {
  id: string;
  label: string;
  help?: string;
  error?: string | undefined;
  optional?: boolean;
  children: (describedBy: string) => ReactNode;
}

/** A labelled control with its help and its error, both read out by screen readers. */
export function Field({ id, label, help, error, optional, children }: FieldProps) {
  const describedBy = [help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="optional">（选填）</span> : <span className="required">（必填）</span>}
      </label>
      {help ? (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      {children(describedBy)}
      {error ? (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
