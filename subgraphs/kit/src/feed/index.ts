export * from "./event-feed-page.type";
export * from "./event-feed.args";
export * from "./feed-access";
export * from "./feed-cursor";
export * from "./feed-event.type";
export * from "./read-event-feed";
