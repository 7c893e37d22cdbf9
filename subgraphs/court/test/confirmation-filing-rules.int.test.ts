import { randomUUID } from "node:crypto";
import { courtClerk } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import type { Court } from "../generated/client";
import { createCourtServer, type CourtServer } from "../src/server";
import { FILE, filing, mutate, readyToRule, ruled } from "./court-helpers";
import { seedCourt, testCity } from "./fixtures";
import { StubGraph } from "./stub-graph";

const DAY = 24 * 60 * 60 * 1000;
const graph = new StubGraph();
let court: RunningSubgraph<CourtServer>;
let home: Court;

beforeAll(async () => {
  court = await startSubgraph("court", (options) => createCourtServer({ ...options, graph }));
  home = await seedCourt(court.server.db, { divisionCode: "150202" });
});
afterAll(() => court.stop());

const file = (input: Record<string, unknown>, at: Court = home) => mutate(court, FILE, input, courtClerk(at.id));

describe("民事诉讼法 art 206: after 驳回, not the same agreement again", () => {
  it("民事诉讼法 art 206: refuses re-filing an agreement whose application was rejected, naming the rule", async () => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    const id = await readyToRule(court, onGraph, home);
    await ruled(court, id, home, "REJECTED");
    const again = await file(filing(onGraph, home));
    expect(again.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民事诉讼法 art 206", rejectedApplicationId: id });
    expect(again.errors?.[0]?.message).toMatch(/变更原调解协议[\s\S]* \/ .*new agreement/);
  });

  it("民事诉讼法 art 206: files a new agreement reached in a new mediation of the same dispute", async () => {
    const first = graph.add({ countyCode: home.divisionCode });
    const id = await readyToRule(court, first, home);
    await ruled(court, id, home, "REJECTED");
    const remediated = graph.add({ countyCode: home.divisionCode });
    remediated.facts.dispute = first.facts.dispute;
    remediated.facts.agreement = {
      ...(remediated.facts.agreement ?? { status: "EFFECTIVE", effectiveAt: null, terms: [] }),
      partyIds: [first.applicant, first.respondent],
      id: randomUUID(),
    };
    const { errors, result } = await file({ ...filing(remediated, home), applicantPartyIds: [first.applicant, first.respondent] });
    expect(errors).toBeUndefined();
    expect(result?.status).toBe("FILED");
  });

  it("民事诉讼法 art 206: a withdrawn application does not bar filing the same agreement again", async () => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    const filed = await file(filing(onGraph, home));
    await court.server.db.confirmationApplication.update({ where: { id: String(filed.result?.id) }, data: { status: "WITHDRAWN" } });
    expect((await file(filing(onGraph, home))).errors).toBeUndefined();
  });
});

describe("民事诉讼法 art 205, 民诉法解释 351: every party bound applies", () => {
  function threeParties() {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    const secondRespondent = randomUUID();
    onGraph.facts.dispute.parties.push({ id: secondRespondent, role: "RESPONDENT", person: null });
    onGraph.facts.agreement = {
      ...(onGraph.facts.agreement ?? { id: randomUUID(), status: "EFFECTIVE", effectiveAt: new Date().toISOString(), terms: [] }),
      partyIds: [onGraph.applicant, onGraph.respondent, secondRespondent],
    };
    return { onGraph, secondRespondent };
  }

  it("民诉法解释 351: refuses when one of two bound respondents does not apply", async () => {
    const { onGraph, secondRespondent } = threeParties();
    const { extensions } = await file(filing(onGraph, home));
    expect(extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      field: "input.applicantPartyIds",
      missingPartyIds: [secondRespondent],
    });
    expect(String(extensions?.rule)).toContain("民诉法解释 351");
  });

  it("民诉法解释 351: files when all three bound parties apply", async () => {
    const { onGraph, secondRespondent } = threeParties();
    const { errors } = await file({
      ...filing(onGraph, home),
      applicantPartyIds: [onGraph.applicant, onGraph.respondent, secondRespondent],
    });
    expect(errors).toBeUndefined();
  });
});

describe("民事诉讼法 art 205(2): which court", () => {
  it("民事诉讼法 art 205(2): the basic court where a party is domiciled has jurisdiction, read from the centre's person division", async () => {
    const city = testCity();
    const domicileCourt = await seedCourt(court.server.db, { divisionCode: `${city}05` });
    const onGraph = graph.add({ countyCode: `${city}02` });
    const applicant = onGraph.facts.dispute.parties.find((party) => party.id === onGraph.applicant);
    if (applicant) applicant.person = { addressDivision: { code: `${city}05104` } };
    expect((await file(filing(onGraph, domicileCourt), domicileCourt)).errors).toBeUndefined();

    const strangerCourt = await seedCourt(court.server.db, { divisionCode: `${city}06` });
    const notConnected = graph.add({ countyCode: `${city}02` });
    const refused = await file(filing(notConnected, strangerCourt), strangerCourt);
    expect(refused.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民事诉讼法 art 205(2)", competentCounties: [`${city}02`] });
  });

  it("民事诉讼法 art 205(2): the application may state where the subject matter is, which then gives jurisdiction", async () => {
    const city = testCity();
    const subjectCourt = await seedCourt(court.server.db, { divisionCode: `${city}07` });
    const onGraph = graph.add({ countyCode: `${city}02` });
    const stated = await file(filing(onGraph, subjectCourt, { subjectMatterPlaceCode: `${city}07101` }), subjectCourt);
    expect(stated.errors).toBeUndefined();
    expect(stated.result?.subjectMatterPlaceCode).toBe(`${city}07101`);
    const bad = await file(filing(graph.add({ countyCode: `${city}02` }), subjectCourt, { subjectMatterPlaceCode: "99" }), subjectCourt);
    expect(bad.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.subjectMatterPlaceCode" });
  });
});

describe("民诉法解释 355(3): status relationships, by what the terms are about", () => {
  const withTerm = (category: string, subject: string) => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    onGraph.facts.dispute.category = category;
    const term = onGraph.facts.agreement?.terms[0];
    if (term) term.subject = subject;
    return onGraph;
  };

  it("民诉法解释 355(3): a 彩礼 refund (PAYMENT) or a post-divorce property division (PROPERTY) under MARRIAGE is filed", async () => {
    expect((await file(filing(withTerm("MARRIAGE", "PAYMENT"), home))).errors).toBeUndefined();
    expect((await file(filing(withTerm("MARRIAGE", "PROPERTY"), home))).errors).toBeUndefined();
  });

  it("民诉法解释 355(3): a parentage term under FAMILY is refused, as is dissolving a marriage", async () => {
    for (const [category, subject] of [
      ["FAMILY", "STATUS_PARENTAGE"],
      ["MARRIAGE", "STATUS_MARRIAGE"],
      ["FAMILY", "STATUS_ADOPTION"],
    ] as const) {
      const { extensions } = await file(filing(withTerm(category, subject), home));
      expect(extensions).toMatchObject({
        code: "REFUSED_BY_RULE",
        rule: "民诉法解释 355(3)",
        notAcceptedGround: "STATUS_RELATIONSHIP",
        termPositions: [1],
      });
    }
  });
});

describe("民诉法解释 353: oral applications", () => {
  it("民诉法解释 353: records an oral application confirmed by every applicant's signature, fingerprint or seal", async () => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    const { errors, result } = await file(
      filing(onGraph, home, {
        form: "ORAL",
        oralRecord: {
          content: "双方当事人到庭口头申请确认调解协议。",
          confirmations: [
            { partyId: onGraph.applicant, method: "FINGERPRINT" },
            { partyId: onGraph.respondent, method: "SIGNATURE" },
          ],
        },
      }),
    );
    expect(errors).toBeUndefined();
    expect(result).toMatchObject({ form: "ORAL", oralRecord: "双方当事人到庭口头申请确认调解协议。" });
  });

  it("民诉法解释 353: refuses an oral application not recorded, or not confirmed by an applicant", async () => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    const unrecorded = await file(filing(onGraph, home, { form: "ORAL" }));
    expect(unrecorded.extensions).toMatchObject({ code: "REFUSED_BY_RULE", rule: "民诉法解释 353", field: "input.oralRecord" });
    const unconfirmed = await file(
      filing(onGraph, home, {
        form: "ORAL",
        oralRecord: { content: "口头申请。", confirmations: [{ partyId: onGraph.applicant, method: "SIGNATURE" }] },
      }),
    );
    expect(unconfirmed.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: "民诉法解释 353",
      unconfirmedPartyIds: [onGraph.respondent],
    });
  });
});

describe("申请时间: when the parties applied, apart from registration", () => {
  it("民事诉讼法 art 205: judges the 30 days on when the parties applied, not when the clerk registered it", async () => {
    const onGraph = graph.add({ countyCode: home.divisionCode });
    if (onGraph.facts.agreement) onGraph.facts.agreement.effectiveAt = new Date(Date.now() - 31 * DAY).toISOString();
    const appliedAt = new Date(Date.now() - 2 * DAY).toISOString();
    const { errors, result } = await file(filing(onGraph, home, { appliedAt }));
    expect(errors).toBeUndefined();
    expect(result?.appliedAt).toBe(appliedAt);
    expect(new Date(String(result?.filedAt)).getTime()).toBeGreaterThan(new Date(appliedAt).getTime());

    const late = graph.add({ countyCode: home.divisionCode });
    // 45 days back: late whatever day it is, the 30 days moved off a weekend or a holiday (民法典 art 203) included.
    if (late.facts.agreement) late.facts.agreement.effectiveAt = new Date(Date.now() - 45 * DAY).toISOString();
    expect((await file(filing(late, home))).extensions).toMatchObject({ code: "DEADLINE_PASSED" });
    const future = await file(filing(late, home, { appliedAt: new Date(Date.now() + DAY).toISOString() }));
    expect(future.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.appliedAt" });
  });
});
