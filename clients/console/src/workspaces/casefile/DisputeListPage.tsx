import { Alert, Input, Table, Tag } from "antd";
import { useState } from "react";
import { navigate } from "../../app/router";
import { graph } from "../../graph/client";
import { DisputeByNumber, Disputes } from "../../graph/operations";
import { GraphRefusal } from "../../graph/refusal";
import { useQuery } from "../../graph/use-query";
import type { DisputeRow } from "../../graph/types";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { CATEGORY, CHANNEL, DISPUTE_STATUS, formatTime } from "../../labels/zh";
import { CursorPager } from "../../layout/CursorPager";
import { PageTitle } from "../../layout/PageTitle";

/** 纠纷案卷: the disputes the caller may see, a page at a time through the graph's cursors, or one by its number. */
export default function DisputeListPage() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = useQuery(Disputes, { first: 20, after: cursors[cursors.length - 1] ?? null });
  const [notFound, setNotFound] = useState<string>();
  const rows = page.data?.disputes.nodes ?? [];

  const open = async (number: string) => {
    setNotFound(undefined);
    if (!number.trim()) return;
    try {
      const { disputeByNumber } = await graph(DisputeByNumber, { number: number.trim() });
      navigate(`/case/${disputeByNumber.id}`);
    } catch (error) {
      if (error instanceof GraphRefusal) setNotFound(`未找到纠纷 ${number}，或不在您的辖区内`);
      else throw error;
    }
  };

  return (
    <>
      <PageTitle
        title="纠纷案卷"
        extra={
          <Input.Search
            placeholder="按纠纷编号查找"
            aria-label="按纠纷编号查找"
            onSearch={(value) => void open(value)}
            style={{ width: 280 }}
            enterButton="查找"
          />
        }
      />
      {notFound && <Alert type="warning" showIcon role="alert" title={notFound} style={{ marginBottom: 16 }} />}
      <RefusalAlert problems={page.refusal?.problems ?? []} />
      <Table<DisputeRow>
        rowKey="id"
        loading={page.loading}
        dataSource={rows}
        pagination={false}
        onRow={(row) => ({ onClick: () => navigate(`/case/${row.id}`) })}
        columns={[
          {
            title: "纠纷编号",
            dataIndex: "number",
            render: (number: string, row) => (
              <a
                href={`#${row.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/case/${row.id}`);
                }}
              >
                {number}
              </a>
            ),
          },
          { title: "类别", render: (_, row) => CATEGORY[row.category] },
          { title: "渠道", render: (_, row) => CHANNEL[row.channel] },
          { title: "发生地", render: (_, row) => row.place.name },
          { title: "状态", render: (_, row) => <Tag>{DISPUTE_STATUS[row.status]}</Tag> },
          { title: "受理时间", render: (_, row) => formatTime(row.receivedAt) },
        ]}
      />
      <CursorPager
        cursors={cursors}
        endCursor={page.data?.disputes.pageInfo.endCursor ?? null}
        hasNextPage={page.data?.disputes.pageInfo.hasNextPage ?? false}
        onChange={setCursors}
      />
    </>
  );
}
