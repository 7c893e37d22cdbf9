import { Badge, Space, Typography } from "antd";
import type { ReactNode } from "react";

/** A workspace's heading, with the count of its open work when it has a list. */
export function PageTitle({ title, count, extra }: { title: string; count?: number; extra?: ReactNode }) {
  return (
    <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} align="center">
      <Space align="center">
        <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
          {title}
        </Typography.Title>
        {count !== undefined && <Badge count={count} showZero color="#0958d9" aria-label={`待办 ${count} 件`} />}
      </Space>
      {extra}
    </Space>
  );
}
