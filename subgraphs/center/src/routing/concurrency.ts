/** What the centre's steps move, as the CONFLICT of a step that lost a race names it. */
export const ROUTING = { zh: "分流", en: "routing" };
export const DISPUTE = { zh: "纠纷", en: "dispute" };
