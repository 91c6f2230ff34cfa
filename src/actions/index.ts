import { signIn } from "./sign-in";
import { staff } from "./staff";

export const server = { signIn, staff };
