import type { SubmitPublicDisputeMutation } from "@hub/sdk";
import { useState } from "react";
import { href } from "../router";
import { dateTime } from "../status/format";

interface ReceiptProps {
  receipt: SubmitPublicDisputeMutation["submitPublicDispute"];
  centreName: string;
}

/** The tracking code, shown this once: large, copyable, with the way to use it. */
export function Receipt({ receipt, centreName }: ReceiptProps) {
  const [copied, setCopied] = useState<"yes" | "no" | undefined>();
  async function copy() {
    try {
      await navigator.clipboard.writeText(receipt.trackingCode);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  }
  return (
    <main className="page">
      <h1>提交成功</h1>
      <p className="lede">
        {centreName ? `${centreName}已于` : "综治中心已于"} {dateTime(receipt.receivedAt)} 收到您的申请。
      </p>
      <section className="receipt" aria-labelledby="code-title">
        <h2 id="code-title">您的查询码</h2>
        <p className="tracking-code" data-testid="tracking-code">
          {receipt.trackingCode}
        </p>
        <button type="button" className="primary" onClick={() => void copy()}>
          复制查询码
        </button>
        <p className="help" role="status">
          {copied === "yes"
            ? "已复制，可以粘贴到备忘录或发给自己。"
            : copied === "no"
              ? "没能自动复制，请长按上面的查询码复制，或抄写下来。"
              : ""}
        </p>
      </section>
      <p className="notice">
        查询码只显示这一次，离开本页后无法再次查看，请截图或抄写保存。凭查询码可以查看办理进度，不会显示您的个人信息。
      </p>
      <p>
        <a className="button-link" href={href("/status", { code: receipt.trackingCode })}>
          查看办理进度
        </a>
      </p>
    </main>
  );
}
