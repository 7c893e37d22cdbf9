import { SubmitPublicDisputeDocument, type DisputeCategory, type PartyKind, type SubmitPublicDisputeMutation } from "@hub/sdk";
import { useRef, useState, type FormEvent } from "react";
import { PlainRefusal, publicGraph } from "../graph/client";
import { href } from "../router";
import { CATEGORIES } from "./categories";
import { idNumberProblem, nameProblem, phoneProblem, placeProblem, textProblem } from "./checks";
import { Field } from "./Field";
import { Receipt } from "./Receipt";

interface Values {
  name: string;
  idNumber: string;
  phone: string;
  category: DisputeCategory | "";
  placeCode: string;
  facts: string;
  claims: string;
  respondentKind: PartyKind;
  respondentName: string;
}

type Errors = Partial<Record<keyof Values | "form", string>>;

function problemsOf(values: Values): Errors {
  const errors: Errors = {
    name: nameProblem(values.name, "您的姓名"),
    idNumber: idNumberProblem(values.idNumber),
    phone: phoneProblem(values.phone),
    category: values.category ? undefined : "请选择纠纷类别",
    placeCode: placeProblem(values.placeCode),
    facts: textProblem(values.facts, "事情经过", 10, 5000),
    claims: textProblem(values.claims, "您的请求", 4, 2000),
    respondentName: values.respondentName.trim().length > 100 ? "对方名称最多 100 个字" : undefined,
  };
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as Errors;
}

/** The graph's field name (`respondent.name`) → the form's (`respondentName`). */
function formField(field: string | undefined): keyof Values | "form" {
  if (!field) return "form";
  if (field.startsWith("respondent.")) return "respondentName";
  const known: (keyof Values)[] = ["name", "idNumber", "phone", "category", "placeCode", "facts", "claims"];
  return known.find((name) => field === name) ?? "form";
}

/** 解纷码: the page a resident's phone opens from a centre's QR code. */
export function IntakePage({ params }: { params: URLSearchParams }) {
  const centreId = params.get("centre") ?? "";
  const centreName = params.get("name") ?? "";
  const fixedPlace = params.get("place") ?? "";
  const placeName = params.get("placeName") ?? "";
  const [values, setValues] = useState<Values>({
    name: "",
    idNumber: "",
    phone: "",
    category: "",
    placeCode: fixedPlace,
    facts: "",
    claims: "",
    respondentKind: "PERSON",
    respondentName: "",
  });
  const [errors, setErrors] = useState<Errors>({});
  const [touched, setTouched] = useState<Partial<Record<keyof Values, boolean>>>({});
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<SubmitPublicDisputeMutation["submitPublicDispute"]>();
  // One key per filled form: a retry after a lost answer returns the same case, not a second one.
  const idempotencyKey = useRef(crypto.randomUUID());

  if (receipt) return <Receipt receipt={receipt} centreName={centreName} />;
  if (!centreId)
    return (
      <main className="page">
        <h1>解纷码</h1>
        <p className="notice">请用手机扫描综治中心张贴的“解纷码”二维码进入，系统会自动选好受理的综治中心。</p>
        <p>
          已经提交过？<a href={href("/status")}>凭查询码查看办理进度</a>
        </p>
      </main>
    );

  const set = (key: keyof Values, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (touched[key] || errors[key]) setErrors((old) => ({ ...old, [key]: problemsOf(next)[key], form: undefined }));
  };
  const blur = (key: keyof Values) => {
    setTouched((old) => ({ ...old, [key]: true }));
    setErrors((old) => ({ ...old, [key]: problemsOf(values)[key] }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = problemsOf(values);
    setErrors(problems);
    const first = Object.keys(problems)[0];
    if (first) {
      document.getElementById(`f-${first}`)?.focus();
      return;
    }
    setSending(true);
    try {
      const data = await publicGraph(
        SubmitPublicDisputeDocument,
        {
          input: {
            centreId,
            name: values.name.trim(),
            idNumber: values.idNumber.trim().toUpperCase(),
            phone: values.phone.replace(/[\s-]/g, ""),
            category: values.category as DisputeCategory,
            placeCode: values.placeCode.trim(),
            facts: values.facts.trim(),
            claims: values.claims.trim(),
            respondent: values.respondentName.trim() ? { kind: values.respondentKind, name: values.respondentName.trim() } : null,
            idempotencyKey: idempotencyKey.current,
          },
        },
        "submit",
      );
      setReceipt(data.submitPublicDispute);
    } catch (error) {
      const refusal = error instanceof PlainRefusal ? error : new PlainRefusal("暂时无法提交，请稍后再试。", undefined);
      const field = formField(refusal.field);
      setErrors({ [field]: refusal.message });
      document.getElementById(field === "form" ? "form-error" : `f-${field}`)?.focus();
    } finally {
      setSending(false);
    }
  }

  const text = (
    key: keyof Values,
    label: string,
    help: string,
    options: { type?: string; inputMode?: "numeric" | "tel"; autoComplete?: string },
  ) => (
    <Field id={`f-${key}`} label={label} help={help} error={errors[key]}>
      {(describedBy) => (
        <input
          id={`f-${key}`}
          type={options.type ?? "text"}
          inputMode={options.inputMode}
          autoComplete={options.autoComplete}
          value={values[key]}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => set(key, e.target.value)}
          onBlur={() => blur(key)}
        />
      )}
    </Field>
  );

  return (
    <main className="page">
      <header className="masthead">
        <p className="eyebrow">解纷码 · 矛盾纠纷在线申请</p>
        <h1>{centreName || "综治中心"}</h1>
        <p className="lede">不用登录。填好后提交，综治中心会在工作日内电话联系您。提交后您会得到一个查询码，请记下来，凭它查看办理进度。</p>
      </header>
      <form onSubmit={(e) => void submit(e)} noValidate aria-describedby="privacy">
        {errors.form ? (
          <p className="error form-error" id="form-error" role="alert" tabIndex={-1}>
            {errors.form}
          </p>
        ) : null}
        <fieldset>
          <legend>您的信息</legend>
          {text("name", "姓名", "与身份证上的姓名一致", { autoComplete: "name" })}
          {text("idNumber", "居民身份证号码", "18 位，最后一位可能是 X；只用于核实身份，加密保存", { autoComplete: "off" })}
          {text("phone", "联系电话", "手机号或带区号的座机，综治中心用它联系您", { type: "tel", inputMode: "tel", autoComplete: "tel" })}
        </fieldset>
        <fieldset>
          <legend>纠纷情况</legend>
          <Field id="f-category" label="纠纷类别" help="选最接近的一类，不确定就选“其他”" error={errors.category}>
            {(describedBy) => (
              <select
                id="f-category"
                value={values.category}
                aria-invalid={errors.category ? true : undefined}
                aria-describedby={describedBy || undefined}
                onChange={(e) => set("category", e.target.value)}
                onBlur={() => blur("category")}
              >
                <option value="">请选择</option>
                {CATEGORIES.map((category) => (
                  <option key={category.value} value={category.value}>
                    {category.label}（{category.hint}）
                  </option>
                ))}
              </select>
            )}
          </Field>
          {fixedPlace ? (
            <div className="field">
              <p className="label-like">纠纷发生地</p>
              <p className="fixed-value">{placeName || fixedPlace}</p>
              {errors.placeCode ? (
                <p className="error" role="alert">
                  {errors.placeCode}
                </p>
              ) : null}
            </div>
          ) : (
            text("placeCode", "纠纷发生地（乡镇、街道代码）", "9 位数字，印在解纷码海报上二维码的下方", {
              inputMode: "numeric",
              autoComplete: "off",
            })
          )}
          <Field id="f-facts" label="事情经过" help="什么时间、在哪里、和谁、发生了什么，越具体越好" error={errors.facts}>
            {(describedBy) => (
              <textarea
                id="f-facts"
                rows={5}
                value={values.facts}
                aria-invalid={errors.facts ? true : undefined}
                aria-describedby={describedBy || undefined}
                onChange={(e) => set("facts", e.target.value)}
                onBlur={() => blur("facts")}
              />
            )}
          </Field>
          <Field id="f-claims" label="您的请求" help="希望怎样解决，例如赔偿多少钱、停止什么行为" error={errors.claims}>
            {(describedBy) => (
              <textarea
                id="f-claims"
                rows={3}
                value={values.claims}
                aria-invalid={errors.claims ? true : undefined}
                aria-describedby={describedBy || undefined}
                onChange={(e) => set("claims", e.target.value)}
                onBlur={() => blur("claims")}
              />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>对方（被申请人）</legend>
          <p className="help">知道就填，不知道可以不填，综治中心会向您了解。</p>
          <div className="choices" role="radiogroup" aria-label="对方是">
            <label>
              <input
                type="radio"
                name="respondentKind"
                checked={values.respondentKind === "PERSON"}
                onChange={() => set("respondentKind", "PERSON")}
              />
              个人
            </label>
            <label>
              <input
                type="radio"
                name="respondentKind"
                checked={values.respondentKind === "ORGANISATION"}
                onChange={() => set("respondentKind", "ORGANISATION")}
              />
              单位
            </label>
          </div>
          <Field id="f-respondentName" label="对方姓名或单位名称" optional error={errors.respondentName}>
            {(describedBy) => (
              <input
                id="f-respondentName"
                value={values.respondentName}
                aria-invalid={errors.respondentName ? true : undefined}
                aria-describedby={describedBy || undefined}
                onChange={(e) => set("respondentName", e.target.value)}
                onBlur={() => blur("respondentName")}
              />
            )}
          </Field>
        </fieldset>
        <p className="help" id="privacy">
          您的身份证号码和电话加密保存，只有承办人员因办理需要才能查看，查看会留下记录。
        </p>
        <button type="submit" className="primary" disabled={sending}>
          {sending ? "正在提交…" : "提交申请"}
        </button>
      </form>
      <p className="footer-link">
        已经提交过？<a href={href("/status")}>凭查询码查看办理进度</a>
      </p>
    </main>
  );
}
