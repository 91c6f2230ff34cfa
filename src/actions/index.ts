import { application } from "./application";
import { evenings } from "./evenings";
import { signIn } from "./sign-in";
import { staff } from "./staff";

export const server = { application, evenings, signIn, staff };
