import { Alert, Empty, Space } from "antd";
import { useState } from "react";
import { useSession } from "../../app/session-context";
import { DuplicateReviewQueue } from "../../graph/operations";
import { useQuery } from "../../graph/use-query";
import { RefusalAlert } from "../../forms/RefusalAlert";
import { PageTitle } from "../../layout/PageTitle";
import { DuplicateCandidates } from "./DuplicateCandidates";

/** 查重待核: the centre's open duplicate reviews, each with its candidates and reasons. */
export default function DuplicateQueuePage() {
  const { user } = useSession();
  const queue = useQuery(DuplicateReviewQueue, { centreId: user.organisationId ?? "", first: 20 }, !user.organisationId);
  const [notice, setNotice] = useState<string>();
  const reviews = (queue.data?.duplicateReviewQueue ?? []).filter((review) => review.status === "OPEN");
  return (
    <>
      <PageTitle title="查重待核" count={reviews.length} />
      {queue.refusal && <RefusalAlert problems={queue.refusal.problems} />}
      {notice && <Alert type="success" showIcon role="status" title={notice} style={{ marginBottom: 16 }} />}
      {!queue.loading && !reviews.length && <Empty description="没有待核的疑似重复纠纷" />}
      <Space direction="vertical" style={{ width: "100%" }}>
        {reviews.map((review) => (
          <DuplicateCandidates
            key={review.id}
            disputeId={review.dispute.id}
            disputeNumber={review.dispute.number}
            candidates={review.candidates}
            onDecided={(outcome) => {
              setNotice(outcome);
              queue.reload();
            }}
          />
        ))}
      </Space>
    </>
  );
}
