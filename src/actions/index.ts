import { application } from "./application";
import { approval } from "./approval";
import { evenings } from "./evenings";
import { followUp } from "./follow-up";
import { placement } from "./placement";
import { privacy } from "./privacy";
import { screening } from "./screening";
import { signIn } from "./sign-in";
import { staff } from "./staff";
import { withServerErrorsLogged } from "./user-errors";

export const server = {
  application: withServerErrorsLogged(application),
  approval: withServerErrorsLogged(approval),
  evenings: withServerErrorsLogged(evenings),
  followUp: withServerErrorsLogged(followUp),
  placement: withServerErrorsLogged(placement),
  privacy: withServerErrorsLogged(privacy),
  screening: withServerErrorsLogged(screening),
  signIn: withServerErrorsLogged(signIn),
  staff: withServerErrorsLogged(staff),
};
