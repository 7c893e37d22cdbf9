import { PublicDisputeStatusDocument, type PublicDisputeStatusQuery } from "@hub/sdk";
import { useEffect, useState, type FormEvent } from "react";
import { PlainRefusal, publicGraph } from "../graph/client";
import { dateTime } from "./format";

type Status = PublicDisputeStatusQuery["publicDisputeStatus"];

/** 办理进度: the status and the public milestones of the one case a tracking code names. */
export function StatusPage({ initialCode }: { initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  const [status, setStatus] = useState<Status>();
  const [problem, setProblem] = useState<string>();
  const [loading, setLoading] = useState(false);

  async function look(typed: string) {
    const trimmed = typed.trim();
    if (!trimmed) {
      setProblem("请输入提交申请时得到的查询码");
      return;
    }
    setLoading(true);
    setProblem(undefined);
    try {
      const data = await publicGraph(PublicDisputeStatusDocument, { trackingCode: trimmed }, "look-up");
      setStatus(data.publicDisputeStatus);
    } catch (error) {
      setStatus(undefined);
      setProblem(error instanceof PlainRefusal ? error.message : "暂时查不到，请稍后再试。");
    } finally {
      setLoading(false);
    }
  }

  useEffect(() => {
    if (initialCode) void look(initialCode);
    // Once, for the code the receipt's link carried.
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    void look(code);
  }

  return (
    <main className="page">
      <h1>办理进度查询</h1>
      <form onSubmit={submit} noValidate>
        <div className={`field${problem ? " field-invalid" : ""}`}>
          <label htmlFor="tracking-code">查询码</label>
          <p className="help" id="tracking-code-help">
            提交申请后页面上显示的 25 位查询码，例如 7K3M-Q9TX-2B8R-WN4D-H6PC，大小写和短横线都可以不管
          </p>
          <input
            id="tracking-code"
            autoComplete="off"
            autoCapitalize="characters"
            value={code}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "tracking-code-help tracking-code-error" : "tracking-code-help"}
            onChange={(e) => setCode(e.target.value)}
          />
          {problem ? (
            <p className="error" id="tracking-code-error" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
        <button type="submit" className="primary" disabled={loading}>
          {loading ? "正在查询…" : "查询"}
        </button>
      </form>
      {status ? (
        <section className="status" aria-labelledby="status-title">
          <h2 id="status-title">当前状态：{status.statusLabel}</h2>
          <p>受理时间：{dateTime(status.receivedAt)}</p>
          <ol className="milestones" aria-label="办理经过">
            {status.milestones.map((milestone, i) => (
              <li key={`${milestone.at}-${i}`}>
                <span className="milestone-label">{milestone.label}</span>
                <time dateTime={milestone.at}>{dateTime(milestone.at)}</time>
              </li>
            ))}
          </ol>
          <p className="help">这里只显示办理节点，不显示案件内容和个人信息。有疑问请致电受理您申请的综治中心。</p>
        </section>
      ) : null}
    </main>
  );
}
