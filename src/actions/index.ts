import { application } from "./application";
import { approval } from "./approval";
import { campaigns } from "./campaigns";
import { evenings } from "./evenings";
import { followUp } from "./follow-up";
import { privacy } from "./privacy";
import { screening } from "./screening";
import { signIn } from "./sign-in";
import { staff } from "./staff";
import { withServerErrorsLogged } from "./user-errors";

export const server = {
  application: withServerErrorsLogged(application),
  approval: withServerErrorsLogged(approval),
  campaigns: withServerErrorsLogged(campaigns),
  evenings: withServerErrorsLogged(evenings),
  followUp: withServerErrorsLogged(followUp),
  privacy: withServerErrorsLogged(privacy),
  screening: withServerErrorsLogged(screening),
  signIn: withServerErrorsLogged(signIn),
  staff: withServerErrorsLogged(staff),
};
