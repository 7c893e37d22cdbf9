import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseEgressAllowlist } from "./egress-policy";
import { postToEndpoint } from "./post-to-endpoint";

let server: http.Server;
let port: number;
const seen: { host: string | undefined; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({ host: request.headers.host, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("postToEndpoint", () => {
  it("connects to the address it checked: the host is looked up once, and a second answer could not move the connection", async () => {
    let lookups = 0;
    // The first answer is the checked one; any later lookup would point elsewhere (nothing listens on 127.0.0.3).
    const lookup = async () => [{ address: lookups++ === 0 ? "127.0.0.1" : "127.0.0.3", family: 4 }];
    const egress = { policy: { requireHttps: false, ...parseEgressAllowlist("127.0.0.1/32") }, lookup };
    const outcome = await postToEndpoint(`http://pinned.partner.test:${port}/hook`, '{"id":1}', {}, egress, 2_000);
    expect(outcome).toEqual({ delivered: true, statusCode: 204 });
    expect(lookups).toBe(1);
    // The request still names the partner's host (virtual hosting and TLS verification use it).
    expect(seen.at(-1)).toEqual({ host: `pinned.partner.test:${port}`, body: '{"id":1}' });
  });

  it("refuses before connecting when the host's address is not allowed", async () => {
    const before = seen.length;
    const egress = {
      policy: { requireHttps: false, allowedHosts: [], allowedNetworks: [] },
      lookup: async () => [{ address: "127.0.0.1", family: 4 }],
    };
    const outcome = await postToEndpoint(`http://partner.test:${port}/hook`, "{}", {}, egress, 2_000);
    expect(outcome).toMatchObject({ delivered: false, reason: "REFUSED_ADDRESS", statusCode: null });
    expect(seen.length).toBe(before);
  });

  it("gives up after the timeout, counting the host lookup", async () => {
    const egress = {
      policy: { requireHttps: false, allowedHosts: [], allowedNetworks: [] },
      lookup: () => new Promise<never>(() => undefined),
    };
    const outcome = await postToEndpoint("http://slow-dns.partner.test/hook", "{}", {}, egress, 200);
    expect(outcome).toMatchObject({ delivered: false, reason: "TIMEOUT" });
  });
});
