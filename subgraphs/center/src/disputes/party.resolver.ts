import { notFound } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Organisation as OrganisationRow, Party as PartyRow, Person as PersonRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Organisation } from "../organisations/organisation.type";
import { PartyAgent } from "../persons/party-agent.type";
import { Person } from "../persons/person.type";
import { maskResidentId } from "../persons/resident-id";
import { Party } from "./party.type";

@Resolver((_of) => Party)
export class PartyResolver {
  @FieldResolver((_type) => Person, {
    nullable: true,
    description: "自然人根数据 The person's root record, when an ID number identified them",
  })
  async person(@Root() party: PartyRow, @Ctx() context: CenterContext): Promise<PersonRow | null> {
    if (!party.personId) return null;
    const person = await context.loaders.personById.load(party.personId);
    if (!person) throw notFound("Person", party.personId);
    return person;
  }

  @FieldResolver((_type) => PartyAgent, { nullable: true, description: "代理人 The party's agent, when one was named" })
  async agent(@Root() party: PartyRow, @Ctx() context: CenterContext): Promise<{ name: string; person: PersonRow } | null> {
    if (!party.agentPersonId) return null;
    const person = await context.loaders.personById.load(party.agentPersonId);
    if (!person) throw notFound("Person", party.agentPersonId);
    return { name: party.agentName ?? "", person };
  }

  @FieldResolver((_type) => Organisation, {
    nullable: true,
    description: "组织根数据 The organisation's root record, when a unified social credit code identified it",
  })
  async organisation(@Root() party: PartyRow, @Ctx() context: CenterContext): Promise<OrganisationRow | null> {
    if (!party.organisationId) return null;
    const organisation = await context.loaders.organisationById.load(party.organisationId);
    if (!organisation) throw notFound("Organisation", party.organisationId);
    return organisation;
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    description: "居民身份证号码（脱敏） The resident ID number, masked: the address code only (150102************)",
  })
  async idNumberMasked(@Root() party: PartyRow, @Ctx() context: CenterContext): Promise<string | null> {
    const person = party.personId ? await context.loaders.personById.load(party.personId) : null;
    return person ? maskResidentId(context.cipher.decrypt(person.idNumberCipher)) : null;
  }
}
