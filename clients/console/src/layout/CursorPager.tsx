import { Button, Space } from "antd";

/** 上一页 / 下一页 through the graph's cursors (pageInfo.endCursor); earlier cursors are kept to go back. */
export function CursorPager({
  cursors,
  endCursor,
  hasNextPage,
  onChange,
}: {
  cursors: (string | null)[];
  endCursor: string | null;
  hasNextPage: boolean;
  onChange: (next: (string | null)[]) => void;
}) {
  return (
    <Space style={{ marginTop: 16 }}>
      <Button disabled={cursors.length <= 1} onClick={() => onChange(cursors.slice(0, -1))}>
        上一页
      </Button>
      <span aria-live="polite">第 {cursors.length} 页</span>
      <Button disabled={!hasNextPage || !endCursor} onClick={() => onChange([...cursors, endCursor])}>
        下一页
      </Button>
    </Space>
  );
}
