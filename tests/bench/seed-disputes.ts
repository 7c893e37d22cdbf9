/**
 * Seeds disputes with parties, persons and Chinese facts straight into a centre database, set-based
 * (generate_series, one statement per table), for benches and plan tests at sizes the API could not
 * reach in minutes. Rows are deterministic by their ordinal, so `seedDisputes(db, { from: 100_000,
 * to: 1_000_000 })` grows an existing seed; ids derive from md5 of the ordinal.
 *
 * Shape: two parties per dispute (an applicant and a respondent, each a person with a root record
 * drawn from a pool a third the size of the disputes, so people recur), one in ten respondents an
 * organisation from a pool of names; facts from templates varied by the ordinal; places over the
 * townships of Inner Mongolia; received over ten years before `until`.
 */
import type pg from "pg";

export interface SeedRange {
  /** First ordinal (inclusive) */
  from: number;
  /** Last ordinal (exclusive) */
  to: number;
  /** The centre the disputes are received at (created when missing) */
  centreId?: string;
  /** End of the ten-year window of received_at */
  until?: Date;
}

export const BENCH_CENTRE_ID = "0b0b0b0b-0000-4000-8000-00000000be0c";
const YEARS = 10;

/** Persons in the pool for `count` disputes: every person is a party to about six disputes over ten years. */
export const personPool = (count: number) => Math.max(10, Math.floor(count / 3));

export async function seedDisputes(client: pg.ClientBase, range: SeedRange): Promise<void> {
  const centreId = range.centreId ?? BENCH_CENTRE_ID;
  const until = (range.until ?? new Date("2026-11-28T00:00:00Z")).toISOString();
  const persons = personPool(range.to);
  await client.query("SET synchronous_commit = off");
  await client.query(`INSERT INTO centre (id, name, division_code) VALUES ($1, '基准测试综治中心', '150202') ON CONFLICT (id) DO NOTHING`, [
    centreId,
  ]);
  await client.query(
    `INSERT INTO person (id, id_number_index, id_number_cipher)
     SELECT md5('person' || k)::uuid, md5('index' || k), 'bench'
     FROM generate_series(0, $1::int - 1) k
     ON CONFLICT (id) DO NOTHING`,
    [persons],
  );
  await client.query(
    `WITH townships AS (SELECT array_agg(code ORDER BY code) AS codes FROM division WHERE level = 4),
          templates AS (SELECT ARRAY[
            '申请人驾驶的车辆在路口被被申请人驾驶的车辆追尾，造成车辆损坏，双方对赔偿数额有争议。',
            '相邻两户因楼上卫生间漏水导致楼下天花板受损发生争执，多次协商未果。',
            '申请人在被申请人处务工数月，被申请人以工程款未结为由拖欠工资。',
            '申请人借给被申请人人民币用于经营，约定到期归还，到期后被申请人拒不还款。',
            '申请人在商场购买的家电三个月内多次故障，商家拒绝退换。',
            '双方因宅基地边界划分发生争议，一方在争议地块上修建围墙。'
          ] AS facts)
     INSERT INTO dispute (id, number, channel, category, status, facts, claims, amount_fen, place_code,
                          receiving_centre_id, receiving_officer_id, receiving_officer_name, received_at)
     SELECT md5('d' || n)::uuid, 'BENCH-' || n,
            (ARRAY['WALK_IN','HOTLINE','QR_CODE','GRID_REPORT','ONLINE']::"DisputeChannel"[])[1 + n % 5],
            (ARRAY['TRAFFIC_ACCIDENT','NEIGHBOUR','LABOUR_WAGES','PRIVATE_LENDING','CONSUMER','LAND']::"DisputeCategory"[])[1 + n % 6],
            'RECEIVED',
            n || '号：' || templates.facts[1 + n % 6] || '涉及金额' || (n % 997) || '元。',
            '请求依法处理，赔偿损失' || (n % 997) || '元。',
            (n % 997) * 100,
            townships.codes[1 + (n::bigint * 7919) % cardinality(townships.codes)],
            $3::uuid, 'bench', '基准', $4::timestamptz - ((n::bigint * 104729) % ($5::bigint * 365 * 86400)) * interval '1 second'
     FROM generate_series($1::int, $2::int - 1) n, townships, templates`,
    [range.from, range.to, centreId, until, YEARS],
  );
  await client.query(
    `INSERT INTO party (id, dispute_id, role, kind, name, position, person_id)
     SELECT md5('p' || n || '-' || pos)::uuid, md5('d' || n)::uuid,
            (CASE pos WHEN 0 THEN 'APPLICANT' ELSE 'RESPONDENT' END)::"PartyRole",
            (CASE WHEN pos = 1 AND n % 10 = 0 THEN 'ORGANISATION' ELSE 'PERSON' END)::"PartyKind",
            CASE WHEN pos = 1 AND n % 10 = 0 THEN '基准物业公司' || (n % 5000) ELSE '当事人' || n || '-' || pos END,
            pos,
            CASE WHEN pos = 1 AND n % 10 = 0 THEN NULL
                 ELSE md5('person' || ((n::bigint * 2 + pos) * 2654435761 % $3::bigint))::uuid END
     FROM generate_series($1::int, $2::int - 1) n, generate_series(0, 1) pos`,
    [range.from, range.to, persons],
  );
}

/** Party persons of one seeded dispute, as the lookup receives them. */
export async function seededSubmission(client: pg.ClientBase, ordinal: number) {
  const { rows } = await client.query<{ id: string; received_at: Date; person_ids: string[]; organisations: string[] }>(
    `SELECT d.id, d.received_at,
            COALESCE(array_agg(p.person_id::text) FILTER (WHERE p.person_id IS NOT NULL), '{}') AS person_ids,
            COALESCE(array_agg(p.name) FILTER (WHERE p.kind = 'ORGANISATION'), '{}') AS organisations
     FROM dispute d JOIN party p ON p.dispute_id = d.id WHERE d.id = md5('d' || $1::int)::uuid GROUP BY d.id`,
    [ordinal],
  );
  const row = rows[0];
  if (!row) throw new Error(`dispute ${ordinal} was not seeded`);
  return row;
}
