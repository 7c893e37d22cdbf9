import path from "node:path";
import { departmentEntry, type DepartmentEntry, type SubgraphName } from "@hub/contract";
import type DataLoader from "dataloader";
import type { GraphQLSchema } from "graphql";
import type { ClassType } from "type-graphql";
import type { HubContext } from "../context";
import type { SubgraphEnv } from "../env";
import { buildFederatedSchema, type ReferenceResolvers } from "../federation";
import type { FeedQueryable } from "../feed/read-event-feed";
import { GraphClient } from "../graph-client";
import type { Logger } from "../logger";
import { applyMigrations } from "../migrate";
import type { DatabaseOptions } from "../prisma";
import { createDepartmentServer, type SubgraphServer } from "../server";
import { disputeEventsResolver, eventFeedResolver, type EventRow } from "./department-resolvers";
import { resolveDisputeExtension, type DisputeExtension } from "./dispute-extension.type";

/** One concern of a department: its resolvers and the entities it resolves by reference. */
export interface DepartmentModule {
  resolvers: readonly ClassType[];
  references?: ReferenceResolvers;
}

/** Reads other departments through the gateway; tests pass a stub with the same method. */
export type DepartmentGraph = Pick<GraphClient, "request">;

type EventRows = DataLoader<string, EventRow[]>;

/** What every department's server takes; a department adds its own (`O`). */
export interface DepartmentRunOptions {
  env: Pick<
    SubgraphEnv,
    "DATABASE_URL" | "DATABASE_POOL_SIZE" | "HUB_GATEWAY_SECRET" | "HUB_GATEWAY_SECRET_PREVIOUS" | "HUB_GATEWAY_URL" | "NODE_ENV"
  > &
    Partial<Pick<SubgraphEnv, "HUB_ACTOR_MAX_SECONDS">>;
  log: Logger;
  onQuery?: (sql: string) => void;
  /** Reads other departments through the gateway; a GraphClient on HUB_GATEWAY_URL unless given. */
  graph?: DepartmentGraph;
  /** The department's clock (`context.now`); tests move it to cross a legal time limit. */
  clock?: () => Date;
}

export interface DepartmentDefinition<DB extends FeedQueryable, C extends HubContext & { db: DB }, O extends DepartmentRunOptions> {
  /** The department's row in subgraphs/registry.json. */
  name: SubgraphName;
  modules: readonly DepartmentModule[];
  /** The department's events on the centre's Dispute (`caseFileEvents` in the registry), read by dispute id. */
  disputeExtension?: {
    /** The department's own `Dispute` class (key, accessGrant and mergedIds external; kit `DisputeExtension`). */
    type: ClassType;
    description: string;
    events: (context: C) => EventRows;
    /**
     * The records on this dispute the caller may read, as event subjects (kit `subjectKey`), through
     * the scoped loader the department's nested list uses: an event about any other record is left out.
     */
    readableSubjects: (context: C, dispute: DisputeExtension) => Promise<readonly string[]>;
  };
  /** The department's event feed query (`feed` in the registry). */
  feed: { description: string };
  database: (options: DatabaseOptions) => { db: DB; close: () => Promise<void> };
  /** The department's per-request context over the base one: loaders, services, its rules. */
  context: (deps: { db: DB; graph: DepartmentGraph; options: O }) => (base: HubContext) => C;
}

export interface DefinedDepartment<DB, O extends DepartmentRunOptions> {
  entry: DepartmentEntry;
  /** Where its migrations live: `subgraphs/<name>/prisma/migrations`. */
  migrations: string;
  buildSchema(): Promise<GraphQLSchema>;
  createServer(options: O): Promise<SubgraphServer & { db: DB }>;
  migrate(databaseUrl: string): ReturnType<typeof applyMigrations>;
}

/**
 * A department from its modules: the schema (the modules' resolvers, the Dispute extension and the
 * event feed, with entity references), the server on its own database with its context, and its
 * migrations. Where it runs, its feed and its Dispute field come from its registry row.
 */
export function defineDepartment<DB extends FeedQueryable, C extends HubContext & { db: DB }, O extends DepartmentRunOptions>(
  definition: DepartmentDefinition<DB, C, O>,
): DefinedDepartment<DB, O> {
  const entry = departmentEntry(definition.name);
  const migrations = path.resolve(__dirname, "..", "..", "..", entry.name, "prisma", "migrations");
  const extension = definition.disputeExtension;
  if (extension && !entry.caseFileEvents) throw new Error(`${entry.name}: subgraphs/registry.json names no caseFileEvents field`);

  const buildSchema = () => {
    const resolvers: [ClassType, ...ClassType[]] = [
      eventFeedResolver<C>(entry.department, entry.feed, definition.feed.description),
      ...definition.modules.flatMap((module) => module.resolvers),
      ...(extension && entry.caseFileEvents
        ? [
            disputeEventsResolver<C>(
              extension.type,
              entry.department,
              entry.caseFileEvents,
              extension.description,
              extension.events,
              extension.readableSubjects,
            ),
          ]
        : []),
    ];
    const references = Object.assign(
      {},
      ...definition.modules.map((module) => module.references ?? {}),
      extension ? { Dispute: { __resolveReference: resolveDisputeExtension } } : {},
    ) as ReferenceResolvers;
    return buildFederatedSchema({ resolvers }, references);
  };

  return {
    entry,
    migrations,
    buildSchema,
    migrate: (databaseUrl) => applyMigrations(databaseUrl, migrations),
    async createServer(options) {
      const { env, log, onQuery, clock } = options;
      const database = definition.database({ url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, onQuery });
      const graph = options.graph ?? new GraphClient({ gatewayUrl: env.HUB_GATEWAY_URL, secret: env.HUB_GATEWAY_SECRET });
      return createDepartmentServer({
        name: entry.name,
        schema: await buildSchema(),
        env,
        log,
        extendContext: definition.context({ db: database.db, graph, options }),
        clock,
        database,
        ping: (db) => db.$queryRawUnsafe("SELECT 1"),
      });
    },
  };
}
