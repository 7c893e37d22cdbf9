import "reflect-metadata";
import { justice } from "./department";

export const buildJusticeSchema = justice.buildSchema;
