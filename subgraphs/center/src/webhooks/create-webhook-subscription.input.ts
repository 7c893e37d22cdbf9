import { Field, InputType } from "type-graphql";

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field((_type) => String, { description: "http(s) URL that receives a POST per event" })
  url!: string;

  @Field((_type) => String, { description: "Signing secret, 32 to 256 characters; stored encrypted and never shown again" })
  secret!: string;

  @Field((_type) => [String], { description: "Event types to receive, e.g. confirmation.ruled (docs/events.md)" })
  eventTypes!: string[];

  @Field((_type) => String, { description: "Division code (2 to 9 digits) within the caller's jurisdiction" })
  jurisdictionCode!: string;

  @Field((_type) => String, { nullable: true, description: "Owner organisation: a partner's own; a centre supervisor names the partner" })
  organisationId?: string | null;
}
