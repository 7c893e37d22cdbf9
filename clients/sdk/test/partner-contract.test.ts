import { parse } from "graphql";
import { mayUse } from "../../../subgraphs/kit/src/access-policy";
import { OPERATIONS } from "../src/graph/catalogue";

const partnerOperations = OPERATIONS.filter((operation) => operation.workspace === "partner");
const rootFieldsOf = (body: string) =>
  parse(body).definitions.flatMap((definition) =>
    definition.kind === "OperationDefinition"
      ? definition.selectionSet.selections.flatMap((selection) => (selection.kind === "Field" ? [selection.name.value] : []))
      : [],
  );

it("offers partners only operations the access policy allows to PARTNER_SYSTEM", () => {
  const refused = partnerOperations.flatMap((operation) =>
    rootFieldsOf(operation.body)
      .filter((field) => !mayUse(field, ["PARTNER_SYSTEM"]))
      .map((field) => `${operation.name}: ${field}`),
  );
  expect(refused).toEqual([]);
});

it("offers receiving, following and the whole management of webhook subscriptions", () => {
  const fields = new Set(partnerOperations.flatMap((operation) => rootFieldsOf(operation.body)));
  expect([...fields].sort()).toEqual(
    [
      "receiveDispute",
      "dispute",
      "disputeByNumber",
      "disputes",
      "createWebhookSubscription",
      "webhookSubscriptions",
      "pauseWebhookSubscription",
      "resumeWebhookSubscription",
      "deleteWebhookSubscription",
      "webhookDeliveries",
      "replayWebhookDelivery",
      "replayDeadWebhookDeliveries",
    ].sort(),
  );
});
