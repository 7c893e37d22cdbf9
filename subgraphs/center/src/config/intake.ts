import { z } from "zod";

/**
 * The earliest `receivedAt` a receipt may record (CENTER_RECEIVED_AT_FLOOR). A backdated receipt
 * (a paper register entered later) is lawful, one dated before any centre of the hub existed is
 * a mistake or a probe, and it would start every time limit long run out.
 */
export const DEFAULT_RECEIVED_AT_FLOOR = new Date("2000-01-01T00:00:00+08:00");

export const intakeOverridesSchema = {
  CENTER_RECEIVED_AT_FLOOR: z.coerce
    .date()
    .refine((date) => date.getTime() >= Date.UTC(1900, 0, 1), "must be 1900-01-01 or later")
    .optional(),
};
