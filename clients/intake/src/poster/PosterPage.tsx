import { toString as qrSvg } from "qrcode";
import { useEffect, useState } from "react";
import { href } from "../router";

/**
 * 解纷码海报 (A4): the centre's name and the QR code of its intake page, with the centre (and the
 * township, when the poster hangs in one) preselected. The console's centre workspace links here.
 */
export default function PosterPage({ params }: { params: URLSearchParams }) {
  const centreId = params.get("centre") ?? "";
  const centreName = params.get("name") ?? "";
  const place = params.get("place") ?? "";
  const placeName = params.get("placeName") ?? "";
  const target = new URL(
    href("/", { centre: centreId, name: centreName, ...(place ? { place, placeName } : {}) }),
    location.origin,
  ).toString();
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    if (!centreId) return;
    void qrSvg(target, { type: "svg", errorCorrectionLevel: "M", margin: 1 }).then(setSvg);
  }, [centreId, target]);

  if (!centreId)
    return (
      <main className="page">
        <p className="notice">请从综治中心工作台打开海报（缺少中心标识）。</p>
      </main>
    );
  return (
    <main className="poster">
      <p className="poster-eyebrow">有矛盾 找中心 · 扫码说事</p>
      <h1 className="poster-title">{centreName}</h1>
      <p className="poster-sub">解纷码 · 矛盾纠纷在线申请</p>
      {svg ? <div className="poster-qr" role="img" aria-label={`二维码：${target}`} dangerouslySetInnerHTML={{ __html: svg }} /> : null}
      <ol className="poster-steps">
        <li>用手机扫描上方二维码（微信、浏览器均可）</li>
        <li>填写姓名、电话和纠纷情况，无需登录</li>
        <li>提交后记下查询码，凭它查看办理进度</li>
      </ol>
      {place ? (
        <p className="poster-place">
          纠纷发生地：{placeName || place}（区划代码 {place}）
        </p>
      ) : null}
      <p className="poster-url">{target}</p>
      <button type="button" className="primary no-print" onClick={() => print()}>
        打印海报
      </button>
    </main>
  );
}
