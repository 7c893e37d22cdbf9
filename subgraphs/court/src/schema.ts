import "reflect-metadata";
import { court } from "./department";

export const buildCourtSchema = court.buildSchema;
