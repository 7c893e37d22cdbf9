import { buildSchema } from "graphql";
import { DEPRECATION_PERIOD_DAYS, reviewBreakingChanges, undatedDeprecations } from "./deprecation";

const before = buildSchema(`
  type Query {
    dispute(id: ID!, number: String @deprecated(reason: "Use disputeByNumber. Deprecated 2026-01-05")): Dispute
    old: String @deprecated(reason: "Use dispute. Deprecated 2026-01-05")
    recent: String @deprecated(reason: "Use dispute. Deprecated 2026-11-20")
    undated: String @deprecated(reason: "Use dispute")
    live: String
  }
  type Dispute { id: ID! status: Status }
  enum Status { RECEIVED IN_MEDIATION @deprecated(reason: "Never set. Deprecated 2026-01-05") CLOSED }
`);
const today = new Date("2026-12-04T12:00:00Z");

it("lets an element go once it was deprecated with a date at least the stated period ago", () => {
  const after = buildSchema(`
    type Query { dispute(id: ID!): Dispute recent: String undated: String live: String }
    type Dispute { id: ID! status: Status }
    enum Status { RECEIVED CLOSED }
  `);
  const review = reviewBreakingChanges(before, after, today);
  expect(review.refused).toEqual([]);
  expect(review.allowed).toHaveLength(3);
  expect(DEPRECATION_PERIOD_DAYS).toBe(180);
});

it("refuses removing what was never deprecated, deprecated without a date, or deprecated too recently", () => {
  const after = buildSchema(`
    type Query { dispute(id: ID!, number: String): Dispute old: String }
    type Dispute { id: ID! status: Status }
    enum Status { RECEIVED IN_MEDIATION CLOSED }
  `);
  const refused = reviewBreakingChanges(before, after, today).refused;
  expect(refused).toEqual([
    "FIELD_REMOVED: Query.recent was removed. (deprecated 2026-11-20; may go from 2027-05-19)",
    "FIELD_REMOVED: Query.undated was removed. (never deprecated with a date)",
    "FIELD_REMOVED: Query.live was removed. (never deprecated with a date)",
  ]);
});

it("refuses other breaking changes whatever was deprecated", () => {
  const after = buildSchema(`
    type Query { dispute(id: ID!, number: String): Dispute old: String recent: String undated: String live: Int }
    type Dispute { id: ID! status: Status }
    enum Status { RECEIVED IN_MEDIATION CLOSED }
  `);
  expect(reviewBreakingChanges(before, after, today).refused).toEqual(["FIELD_CHANGED_KIND: Query.live changed type from String to Int."]);
});

it("names each deprecation that does not say since when", () => {
  expect(undatedDeprecations(before)).toEqual(['Query.undated: "Use dispute"']);
});
