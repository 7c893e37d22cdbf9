import { compileSnippets, sdkDiagnostics } from "./snippet-compiler";

const HEADER = `import { HubClient, ReceiveDisputeDocument, WholeCaseDocument } from "@hub/sdk";
const hub = new HubClient({ url: "http://localhost:4000/graphql", token: "t" });
`;
const PARTY = `{ role: "APPLICANT", kind: "PERSON", name: "张三", idNumber: "11010519491231002X" }`;
const input = (party: string) =>
  `{ channel: "PARTNER_SYSTEM", category: "NEIGHBOUR", facts: "f", claims: "c", placeCode: "150202001", parties: [${party}] }`;

const diagnostics = compileSnippets({
  lawful: `${HEADER}
export async function run(): Promise<string> {
  const received = await hub.request(ReceiveDisputeDocument, { input: ${input(PARTY)} });
  const { dispute } = await hub.request(WholeCaseDocument, { id: received.receiveDispute.id });
  return dispute.facts;
}
`,
  wrongEnum: `${HEADER}
export const run = () => hub.request(ReceiveDisputeDocument, { input: ${input(PARTY.replace('"PERSON"', '"NATURAL_PERSON"'))} });
`,
  missingVariable: `${HEADER}
export const run = () => hub.request(WholeCaseDocument, {});
export const none = () => hub.request(WholeCaseDocument);
`,
  unselectedField: `${HEADER}
export async function run(): Promise<unknown> {
  const received = await hub.request(ReceiveDisputeDocument, { input: ${input(PARTY)} });
  return received.receiveDispute.facts;
}
`,
});

it("compiles a lawful use of the SDK without a diagnostic, for a browser (no Node types)", () => {
  expect(diagnostics.lawful).toEqual([]);
  expect(sdkDiagnostics()).toEqual([]);
});

it("refuses a wrong enum value: NATURAL_PERSON is not a PartyKind", () => {
  expect(diagnostics.wrongEnum).toEqual([
    expect.objectContaining({
      code: 2322,
      message: expect.stringContaining(`Type '"NATURAL_PERSON"' is not assignable to type 'PartyKind'`),
    }),
  ]);
});

it("refuses a call without a required variable, whether the variables are empty or missing", () => {
  expect(diagnostics.missingVariable?.map((diagnostic) => diagnostic.code)).toEqual([2345, 2554]);
  expect(diagnostics.missingVariable?.[0]?.message).toContain("Property 'id' is missing");
});

it("refuses reading a field the operation did not select", () => {
  expect(diagnostics.unselectedField).toEqual([
    expect.objectContaining({ code: 2339, message: expect.stringContaining("Property 'facts' does not exist") }),
  ]);
});
