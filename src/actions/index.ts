import { application } from "./application";
import { evenings } from "./evenings";
import { privacy } from "./privacy";
import { signIn } from "./sign-in";
import { staff } from "./staff";

export const server = { application, evenings, privacy, signIn, staff };
