import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import express from "express";
import { parse } from "graphql";

export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  query: string;
}

export interface FakeSubgraph {
  name: string;
  url: string;
  typeDefs: string;
  /** Every GraphQL request this subgraph received, in order. */
  received: ReceivedRequest[];
  /** What its own /ready answers. */
  ready: boolean;
  /** Closes the port and every open connection, as a crashed server would. */
  goDown(): Promise<void>;
  /** Listens again on the same port. */
  comeBack(): Promise<void>;
  stop(): Promise<void>;
}

export interface FakeSubgraphContext {
  headers: http.IncomingHttpHeaders;
}

/** A tiny federation subgraph on a free port, with a /ready switch and a record of what it received. */
export async function startFakeSubgraph(
  name: string,
  typeDefs: string,
  resolvers: GraphQLResolverMap<FakeSubgraphContext>,
): Promise<FakeSubgraph> {
  const received: ReceivedRequest[] = [];
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<FakeSubgraphContext>({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as GraphQLResolverMap<unknown> }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const subgraph: FakeSubgraph = {
    name,
    url: "",
    typeDefs,
    received,
    ready: true,
    async goDown() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
    async comeBack() {
      await listen(port);
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await subgraph.goDown();
    },
  };
  app.get("/ready", (_req, res) => {
    res.status(subgraph.ready ? 200 : 503).json({ status: subgraph.ready ? "ready" : "not ready" });
  });
  app.use(
    "/graphql",
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        received.push({ headers: req.headers, query: String((req.body as { query?: unknown }).query) });
        return { headers: req.headers };
      },
    }),
  );
  const listen = (wanted: number) =>
    new Promise<number>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(wanted, "127.0.0.1", () => resolve((httpServer.address() as AddressInfo).port));
    });
  const port = await listen(0);
  subgraph.url = `http://127.0.0.1:${port}/graphql`;
  return subgraph;
}
