import { application } from "./application";
import { signIn } from "./sign-in";
import { staff } from "./staff";

export const server = { application, signIn, staff };
