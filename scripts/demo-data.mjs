// Demo data for the local hub: real places from the division tree, invented people.
// Seeded once, through the gateway, by each department's demo user: the same path real clerks take.

export const ORG = {
  dongheCentre: "5d6a3c1e-2f4b-4c7a-9e01-000000000001",
  hepingluCentre: "5d6a3c1e-2f4b-4c7a-9e01-000000000002",
  baotouCentre: "5d6a3c1e-2f4b-4c7a-9e01-000000000003",
  regionCentre: "5d6a3c1e-2f4b-4c7a-9e01-000000000004",
  dongheTrafficCommittee: "6e7b4d2f-3a5c-4d8b-8f12-000000000001",
  hepingluCommittee: "6e7b4d2f-3a5c-4d8b-8f12-000000000002",
  dongheCourt: "7f8c5e3a-4b6d-4e9c-9a23-000000000001",
  baotouIntermediateCourt: "7f8c5e3a-4b6d-4e9c-9a23-000000000002",
  dongheProcuratorate: "8a9d6f4b-5c7e-4fad-8b34-000000000001",
  trafficMediator: "9b0e7a5c-6d8f-4abe-9c45-000000000001",
  hepingluMediator: "9b0e7a5c-6d8f-4abe-9c45-000000000002",
  trafficRule: "a1b2c3d4-7e9a-4bcf-8d56-000000000001",
  hotlinePartner: "b3c4d5e6-8f0a-4cd0-9e67-000000000001",
};

export const DEMO_USERS = [
  {
    key: "centre-officer",
    userId: "demo-centre-officer",
    name: "王晓燕",
    department: "CENTER",
    roles: ["CENTRE_OFFICER"],
    organisationId: ORG.hepingluCentre,
    jurisdictionCode: "150202001",
  },
  {
    key: "centre-supervisor",
    userId: "demo-centre-supervisor",
    name: "李建华",
    department: "CENTER",
    roles: ["CENTRE_SUPERVISOR"],
    organisationId: ORG.regionCentre,
    jurisdictionCode: "15",
  },
  {
    key: "justice-officer",
    userId: "demo-justice-officer",
    name: "赵敏",
    department: "JUSTICE",
    roles: ["JUSTICE_OFFICER"],
    organisationId: null,
    jurisdictionCode: "150202",
  },
  {
    key: "mediator",
    userId: "demo-mediator",
    name: "张其木格",
    department: "JUSTICE",
    roles: ["MEDIATOR"],
    organisationId: ORG.dongheTrafficCommittee,
    jurisdictionCode: "150202",
  },
  {
    key: "mediator-hepinglu",
    userId: "demo-mediator-hepinglu",
    name: "郝桂芳",
    department: "JUSTICE",
    roles: ["MEDIATOR"],
    organisationId: ORG.hepingluCommittee,
    jurisdictionCode: "150202001",
  },
  {
    key: "court-clerk",
    userId: "demo-court-clerk",
    name: "陈静",
    department: "COURT",
    roles: ["COURT_CLERK"],
    organisationId: ORG.dongheCourt,
    jurisdictionCode: "150202",
  },
  {
    key: "judge",
    userId: "demo-judge",
    name: "刘志强",
    department: "COURT",
    roles: ["JUDGE"],
    organisationId: ORG.dongheCourt,
    jurisdictionCode: "150202",
  },
  {
    key: "prosecutor",
    userId: "demo-prosecutor",
    name: "周海峰",
    department: "PROCURATORATE",
    roles: ["PROSECUTOR"],
    organisationId: ORG.dongheProcuratorate,
    jurisdictionCode: "150202",
  },
  {
    // A partner system (the district's 12345 hotline) hands disputes over and follows them by webhook.
    key: "partner-system",
    userId: "demo-partner-system",
    name: "东河区12345热线系统",
    department: "PARTNER",
    roles: ["PARTNER_SYSTEM"],
    organisationId: ORG.hotlinePartner,
    jurisdictionCode: "150202",
  },
];

const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id number parties { id role } } }`;

const DISPUTES = [
  {
    channel: "WALK_IN",
    category: "TRAFFIC_ACCIDENT",
    placeCode: "150202001",
    amountFen: 1_250_000,
    facts: "2026年10月8日，申请人驾驶的小型轿车在东河区巴彦塔拉大街与被申请人驾驶的货车发生剐蹭，交警认定被申请人负主要责任。",
    claims: "请求被申请人赔偿车辆维修费、误工费共计12500元。",
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "乌云其其格", idNumber: "150202198506120038" },
      { role: "RESPONDENT", kind: "PERSON", name: "孙志刚", idNumber: "150202197903240047" },
    ],
  },
  {
    channel: "GRID_REPORT",
    category: "NEIGHBOUR",
    placeCode: "150202002",
    facts: "两户相邻居民因楼上卫生间漏水导致楼下天花板受损发生争执，网格员走访时上报。",
    claims: "请求楼上住户修复防水层并赔偿天花板修缮费用。",
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "高玉兰", idNumber: "15020219920108005X" },
      { role: "RESPONDENT", kind: "PERSON", name: "马德胜", idNumber: "150202196811300060" },
    ],
  },
  {
    channel: "HOTLINE",
    category: "LABOUR_WAGES",
    placeCode: "150202003",
    amountFen: 3_600_000,
    facts: "申请人等三人在某装修公司务工四个月，公司以工程款未结为由拖欠工资。",
    claims: "请求支付拖欠工资36000元。",
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "巴图", idNumber: "150203198807150077" },
      { role: "RESPONDENT", kind: "ORGANISATION", name: "包头市某装饰工程有限公司" },
    ],
  },
  {
    channel: "QR_CODE",
    category: "CONSUMER",
    placeCode: "150202004",
    amountFen: 498_000,
    facts: "申请人在商场购买的冰箱三个月内两次故障，商家拒绝退换。",
    claims: "请求退还货款4980元。",
    parties: [
      { role: "APPLICANT", kind: "PERSON", name: "刘海燕", idNumber: "150102199502200080" },
      { role: "RESPONDENT", kind: "ORGANISATION", name: "包头市某电器商行" },
    ],
  },
];

/** Seeds the demo through `graphql(query, variables, userKey)`; returns what was made. */
const step = {
  route: `mutation($input: RouteDisputeInput!) { routeDispute(input: $input) { id } }`,
  accept: `mutation($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
  assign: `mutation($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`,
  session: `mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }`,
  agree: `mutation($input: ConcludeWithAgreementInput!) { concludeWithAgreement(input: $input) { agreement { id } } }`,
  sign: `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { status } }`,
  seal: `mutation($input: SealAgreementInput!) { sealAgreement(input: $input) { status } }`,
  file: `mutation($input: FileConfirmationApplicationInput!) { fileConfirmationApplication(input: $input) { id } }`,
  decide: `mutation($input: DecideConfirmationAcceptanceInput!) { decideConfirmationAcceptance(input: $input) { caseNumber } }`,
  review: `mutation($input: StartConfirmationReviewInput!) { startConfirmationReview(input: $input) { status } }`,
  hear: `mutation($input: RecordPartyHearingInput!) { recordPartyHearing(input: $input) { id } }`,
  rule: `mutation($input: RuleOnConfirmationInput!) { ruleOnConfirmation(input: $input) { status } }`,
  supervise: `mutation($input: OpenSupervisionCaseInput!) { openSupervisionCase(input: $input) { id } }`,
};

/** Seeds the demo through `graphql(query, variables, userKey)`: each department acts as its own demo user. */
export async function seedDemo(graphql) {
  await registerOrganisations(graphql);
  const received = [];
  for (const input of DISPUTES) {
    const { receiveDispute } = await graphql(RECEIVE, { input: { ...input, receivingCentreId: ORG.hepingluCentre } }, "centre-officer");
    received.push(receiveDispute);
  }
  const [traffic, neighbour] = received;
  const [applicant, respondent] = traffic.parties.map((party) => party.id);

  // The traffic accident goes the whole way: routed by rule, mediated to a written agreement, judicially confirmed.
  await graphql(step.route, { input: { disputeId: traffic.id } }, "centre-officer");
  const mediation = (await graphql(step.accept, { input: { disputeId: traffic.id, committeeId: ORG.dongheTrafficCommittee } }, "mediator"))
    .acceptMediationCase;
  await graphql(step.assign, { input: { caseId: mediation.id, mediatorId: ORG.trafficMediator, chosenByParties: false } }, "mediator");
  await graphql(
    step.session,
    {
      input: {
        caseId: mediation.id,
        heldAt: new Date().toISOString(),
        publicity: "PRIVATE",
        attendingPartyIds: [applicant, respondent],
        summary: "双方陈述事故经过，调解员依据交警责任认定释明赔偿标准。",
      },
    },
    "mediator",
  );
  const { agreement } = (
    await graphql(
      step.agree,
      {
        input: {
          caseId: mediation.id,
          form: "WRITTEN",
          partyIds: [applicant, respondent],
          facts: "2026年10月8日，被申请人驾驶货车与申请人轿车剐蹭，交警认定被申请人负主要责任。",
          disputedPoints: "车辆维修费和误工费的数额。",
          responsibility: "被申请人承担主要责任。",
          terms: [
            {
              obligorPartyId: respondent,
              obligeePartyId: applicant,
              obligation: "赔偿车辆维修费、误工费共计人民币11000元",
              subject: "PAYMENT",
              manner: "银行转账至申请人账户",
              place: "包头市东河区",
              deadline: new Date(Date.now() + 15 * 86_400_000).toISOString(),
            },
          ],
        },
      },
      "mediator",
    )
  ).concludeWithAgreement;
  for (const partyId of [applicant, respondent]) {
    await graphql(step.sign, { input: { agreementId: agreement.id, signer: "PARTY", partyId, method: "FINGERPRINT" } }, "mediator");
  }
  await graphql(step.sign, { input: { agreementId: agreement.id, signer: "MEDIATOR", method: "SIGNATURE" } }, "mediator");
  await graphql(step.seal, { input: { agreementId: agreement.id } }, "mediator");
  const application = (
    await graphql(
      step.file,
      {
        input: {
          mediationCaseId: mediation.id,
          courtId: ORG.dongheCourt,
          applicantPartyIds: [applicant, respondent],
          materials: ["AGREEMENT", "MEDIATION_ORGANISATION_PROOF", "PARTY_IDENTITY_AND_CONTACT"],
        },
      },
      "court-clerk",
    )
  ).fileConfirmationApplication;
  await graphql(step.decide, { input: { applicationId: application.id, accept: true } }, "court-clerk");
  await graphql(step.review, { input: { applicationId: application.id } }, "judge");
  // 民诉法解释 356: both parties appear before the ruling
  for (const partyId of [applicant, respondent]) {
    await graphql(step.hear, { input: { applicationId: application.id, partyId, manner: "APPEARED_IN_PERSON" } }, "court-clerk");
  }
  await graphql(
    step.rule,
    { input: { applicationId: application.id, outcome: "VALID", reasoning: "协议系双方自愿达成，内容明确，不违反法律规定。" } },
    "judge",
  );
  await graphql(
    step.supervise,
    {
      input: {
        disputeId: traffic.id,
        grounds: "MAJOR_SOCIAL_IMPACT",
        summary: "交通事故赔偿调解协议经司法确认，依职权关注调解程序合法性。",
      },
    },
    "prosecutor",
  );

  // The neighbours' quarrel is routed to the township's own committee and is still being mediated.
  await graphql(
    step.route,
    {
      input: {
        disputeId: neighbour.id,
        target: { department: "JUSTICE", organisationId: ORG.hepingluCommittee },
        stationingMode: "PERMANENT",
        tier: "STATIONED",
        overrideReason: "邻里纠纷由街道人民调解委员会就地化解",
      },
    },
    "centre-officer",
  );
  await graphql(step.accept, { input: { disputeId: neighbour.id, committeeId: ORG.hepingluCommittee } }, "mediator-hepinglu");
  return { disputes: received };
}

async function registerOrganisations(graphql) {
  for (const [id, name, divisionCode] of [
    [ORG.regionCentre, "内蒙古自治区社会治安综合治理中心", "15"],
    [ORG.baotouCentre, "包头市社会治安综合治理中心", "1502"],
    [ORG.dongheCentre, "东河区社会治安综合治理中心", "150202"],
    [ORG.hepingluCentre, "和平路街道综治中心", "150202001"],
  ]) {
    await graphql(
      `
        mutation ($input: RegisterCentreInput!) {
          registerCentre(input: $input) {
            id
          }
        }
      `,
      { input: { id, name, divisionCode } },
      "centre-supervisor",
    );
  }
  for (const [id, name, divisionCode] of [
    [ORG.dongheTrafficCommittee, "东河区道路交通事故纠纷人民调解委员会", "150202"],
    [ORG.hepingluCommittee, "和平路街道人民调解委员会", "150202001"],
  ]) {
    await graphql(
      `
        mutation ($input: RegisterMediationCommitteeInput!) {
          registerMediationCommittee(input: $input) {
            id
          }
        }
      `,
      { input: { id, name, divisionCode } },
      "justice-officer",
    );
  }
  for (const [id, name, level, caseCode, divisionCode] of [
    [ORG.dongheCourt, "包头市东河区人民法院", "BASIC", "内0202", "150202"],
    [ORG.baotouIntermediateCourt, "包头市中级人民法院", "INTERMEDIATE", "内02", "1502"],
  ]) {
    await graphql(
      `
        mutation ($input: RegisterCourtInput!) {
          registerCourt(input: $input) {
            id
          }
        }
      `,
      { input: { id, name, level, caseCode, divisionCode } },
      "court-clerk",
    );
  }

  for (const [id, name, committeeId] of [
    [ORG.trafficMediator, "张其木格", ORG.dongheTrafficCommittee],
    [ORG.hepingluMediator, "郝桂芳", ORG.hepingluCommittee],
  ]) {
    await graphql(
      `
        mutation ($input: RegisterMediatorInput!) {
          registerMediator(input: $input) {
            id
          }
        }
      `,
      { input: { id, name, committeeId, kind: "COMMITTEE_MEMBER", libraries: ["MEDIATOR"], gender: "FEMALE", adultAttested: true } },
      "justice-officer",
    );
  }
  await graphql(
    `
      mutation ($input: UpsertRoutingRuleInput!) {
        upsertRoutingRule(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        id: ORG.trafficRule,
        category: "TRAFFIC_ACCIDENT",
        jurisdictionCode: "150202",
        target: { department: "JUSTICE", organisationId: ORG.dongheTrafficCommittee },
        stationingMode: "PERMANENT",
        tier: "STATIONED",
        basis: "东河区道路交通事故纠纷“一站式”调处规则（演示）",
      },
    },
    "centre-supervisor",
  );
}
