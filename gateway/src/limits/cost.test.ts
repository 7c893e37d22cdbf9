import { buildSchema, parse } from "graphql";
import { estimateCost } from "./cost";

const schema = buildSchema(`
  type Query {
    disputes(first: Int! = 20, after: String): DisputeConnection!
    routingQueue(first: Int! = 20): [Dispute!]!
    dispute(id: ID!): Dispute
    everything: [Dispute!]!
  }
  type DisputeConnection { nodes: [Dispute!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! }
  type Dispute { id: ID! parties(limit: Int): [Party!]! related(first: Int): [Dispute!]! }
  type Party { name: String! }
`);

const cost = (query: string, variables: Record<string, unknown> = {}, defaultListSize = 10) =>
  estimateCost(parse(query), { schema, variables, defaultListSize });

describe("estimateCost", () => {
  it("counts one per field, a list field multiplying what it selects", () => {
    expect(cost("{ dispute(id: 1) { id } }")).toBe(2);
    expect(cost("{ routingQueue(first: 5) { id } }")).toBe(1 + 5 * 1);
  });

  it("takes the size from the variable, the variable's default, or the argument's default in the schema", () => {
    expect(cost("query Q($n: Int!) { routingQueue(first: $n) { id } }", { n: 7 })).toBe(8);
    expect(cost("query Q($n: Int! = 3) { routingQueue(first: $n) { id } }")).toBe(4);
    expect(cost("{ routingQueue { id } }")).toBe(21);
  });

  it("passes a connection's slicing argument to the lists directly below it", () => {
    expect(cost("{ disputes(first: 50) { nodes { id } pageInfo { hasNextPage } } }")).toBe(1 + (1 + 50) + 2);
  });

  it("assumes the default size for a list with no slicing argument", () => {
    expect(cost("{ everything { id } }", {}, 10)).toBe(11);
    expect(cost("{ everything { id } }", {}, 3)).toBe(4);
  });

  it("multiplies down the tree, through fragments", () => {
    const query = `{ routingQueue(first: 10) { ...D } } fragment D on Dispute { related(first: 10) { parties(limit: 10) { name } } }`;
    expect(cost(query)).toBe(1 + 10 * (1 + 10 * (1 + 10)));
  });

  it("makes a huge nested request enormous", () => {
    const query = "{ routingQueue(first: 1000000) { related(first: 1000000) { related(first: 1000000) { id } } } }";
    expect(cost(query)).toBeGreaterThan(1e17);
  });

  it("counts fields the schema does not know as 1", () => {
    expect(cost("{ nothing { at { all } } }")).toBe(3);
  });
});
